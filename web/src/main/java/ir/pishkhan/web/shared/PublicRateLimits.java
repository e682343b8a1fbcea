package ir.pishkhan.web.shared;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import ir.pishkhan.shared.config.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rate limits for the anonymous public pages and API (licence verification, complaints): each
 * client address gets {@code pishkhan.public.rate-per-minute} requests a minute (default 60),
 * refilled gradually, through a token bucket (Bucket4j). Filing a complaint has its own, much
 * smaller allowance ({@code pishkhan.public.complaints-per-hour}, default 5), so one client
 * cannot flood a county's post office with complaints. Kept per node, in memory.
 */
@ApplicationScoped
public class PublicRateLimits {

    private static final int MAX_CLIENTS = 50_000;

    private final int perMinute = Setting.PUBLIC_RATE_PER_MINUTE.integer();
    private final int complaintsPerHour = Setting.PUBLIC_COMPLAINTS_PER_HOUR.integer();
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, Bucket> complaintBuckets = new ConcurrentHashMap<>();

    /** Whether this client may file one more complaint now. */
    public boolean tryFileComplaint(String clientAddress) {
        if (complaintBuckets.size() > MAX_CLIENTS) {
            complaintBuckets.clear();
        }
        return complaintBuckets.computeIfAbsent(clientAddress == null ? "?" : clientAddress, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(complaintsPerHour)
                        .refillGreedy(complaintsPerHour, Duration.ofHours(1)).build())
                .build()).tryConsume(1);
    }

    /** Whether this client may make one more public request now. */
    public boolean tryAcquire(String clientAddress) {
        if (buckets.size() > MAX_CLIENTS) {
            // A flood of distinct addresses: start afresh rather than grow without bound.
            buckets.clear();
        }
        return buckets.computeIfAbsent(clientAddress == null ? "?" : clientAddress, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build()).tryConsume(1);
    }
}
