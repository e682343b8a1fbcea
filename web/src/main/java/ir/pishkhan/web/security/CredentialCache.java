package ir.pishkhan.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a minute, that a username and password were just verified, so an API client
 * sending HTTP Basic on every request does not pay a bcrypt check each time.
 *
 * <p>Only a keyed HMAC of the password is kept, under a random key that never leaves this JVM.
 * Entries expire after {@link #TTL}; a failed attempt removes the entry at once, and so does a
 * change of password made through this node (one's own, or an administrator's reset), so neither
 * the old password nor the old "must change the one-time password" state outlives it here. A role
 * change, or a change made through another node, takes effect within the TTL at the latest.
 */
@ApplicationScoped
public class CredentialCache {

    static final Duration TTL = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(byte[] mac, Set<String> roles, boolean mustChangePassword, long expiresAt) {
    }

    /** What a recent check found: the roles, and whether the password is a one-time password. */
    record Verified(Set<String> roles, boolean mustChangePassword) {
    }

    private final byte[] key = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public CredentialCache() {
        new SecureRandom().nextBytes(key);
    }

    Verified ifRecentlyVerified(String username, String password) {
        Entry e = entries.get(normalize(username));
        if (e == null || e.expiresAt() < System.nanoTime()) {
            return null;
        }
        return MessageDigest.isEqual(e.mac(), mac(username, password))
                ? new Verified(e.roles(), e.mustChangePassword()) : null;
    }

    void remember(String username, String password, Set<String> roles, boolean mustChangePassword) {
        if (entries.size() >= MAX_ENTRIES) {
            long now = System.nanoTime();
            entries.values().removeIf(e -> e.expiresAt() < now);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(normalize(username), new Entry(mac(username, password), Set.copyOf(roles), mustChangePassword,
                System.nanoTime() + TTL.toNanos()));
    }

    /** Forgets what was verified for this account: after its password changed, or a failed attempt. */
    public void forget(String username) {
        entries.remove(normalize(username));
    }

    private byte[] mac(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(normalize(username).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password == null ? new byte[0] : password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    private static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
