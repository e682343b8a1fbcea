package ir.pishkhan.notification.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NotificationTest {

    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void failuresAreRetriedWithGrowingPausesThenGivenUp() {
        Notification n = new Notification("K", "a@b.ir", Notification.Channel.EMAIL, "T", "{}", T0);
        assertTrue(n.isDue(T0));
        Instant now = T0;
        long[] pauses = {1, 5, 25, 125, 625};
        for (long minutes : pauses) {
            n.failed("SMTP down", now);
            assertEquals(Notification.Status.QUEUED, n.getStatus());
            assertFalse(n.isDue(now.plus(Duration.ofMinutes(minutes)).minusSeconds(1)), "not before " + minutes + " min");
            now = now.plus(Duration.ofMinutes(minutes));
            assertTrue(n.isDue(now));
        }
        n.failed("SMTP down", now);
        assertEquals(Notification.Status.FAILED, n.getStatus());
        assertEquals(Notification.MAX_ATTEMPTS, n.getAttempts());
        assertFalse(n.isDue(now.plus(Duration.ofDays(30))), "a failed message is never sent by itself");
    }

    @Test
    void aDeliveredMessageIsNeverDueAgain() {
        Notification n = new Notification("K", "09121234567", Notification.Channel.SMS, "T", "{}", T0);
        n.failed("timeout", T0);
        n.delivered(T0.plusSeconds(120));
        assertEquals(Notification.Status.SENT, n.getStatus());
        assertEquals(2, n.getAttempts());
        assertNull(n.getLastError());
        assertFalse(n.isDue(T0.plus(Duration.ofDays(1))));
    }
}
