package ir.pishkhan.license.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import ir.pishkhan.license.boundary.Verification;
import ir.pishkhan.shared.config.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Function;

/**
 * The answers of public licence verification, kept for {@code pishkhan.verification.cache-seconds}
 * (default 30; 0 turns the cache off), at most {@code pishkhan.verification.cache-size} licences
 * (default 50,000) per node, through Caffeine. Verification is the busiest public endpoint and
 * the same certificates are scanned again and again; a licence changed on this node is evicted
 * at once (see {@link LicenseChanges}), on another node its answer is at most that many seconds
 * old. Numbers that match no licence are never kept.
 */
@ApplicationScoped
public class VerificationCache {

    private final int seconds = Setting.VERIFICATION_CACHE_SECONDS.integer();
    private final Cache<String, Verification.Result> answers = Caffeine.newBuilder()
            .maximumSize(Setting.VERIFICATION_CACHE_SIZE.integer())
            .expireAfterWrite(Duration.ofSeconds(Math.max(1, seconds)))
            .build();

    /** The answer for a canonical number: kept, or loaded (a failure to load is thrown, not kept). */
    public Verification.Result get(String number, Function<String, Verification.Result> load) {
        return seconds <= 0 ? load.apply(number) : answers.get(number, load);
    }

    /** Forgets a licence's answer, after it changed. */
    public void evict(String number) {
        answers.invalidate(number);
    }
}
