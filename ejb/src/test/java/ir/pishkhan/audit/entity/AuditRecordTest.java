package ir.pishkhan.audit.entity;

import ir.pishkhan.testing.Reflection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditRecordTest {

    private static final Instant AT = Instant.parse("2025-03-01T08:00:00.123456Z");
    private static final String GENESIS = "0".repeat(64);

    private static AuditRecord record(long seq, String prevHash) {
        return new AuditRecord(seq, AT, "admin", "COUNTY_RENAMED", "County", "12", 7L, 12L,
                "{\"nameFa\":\"کازرون\"}", "{\"nameFa\":\"کازرون جدید\"}", "تغییر نام رسمی", prevHash);
    }

    private static AuditRecord record() {
        return record(1, GENESIS);
    }

    /** A chain head standing at {@code lastSeq} with {@code lastHash}, as the database would hold it. */
    private static AuditChainHead head(long lastSeq, String lastHash) {
        AuditChainHead head = new AuditChainHead();
        Reflection.set(head, "id", AuditChainHead.SINGLE_ROW);
        Reflection.set(head, "lastSeq", lastSeq);
        Reflection.set(head, "lastHash", lastHash);
        return head;
    }

    // --- hash ------------------------------------------------------------------------------

    @Test
    void freshRecordHasItsComputedHash() {
        AuditRecord r = record();

        assertEquals(r.computeHash(), r.getHash());
        assertTrue(r.getHash().matches("[0-9a-f]{64}"), r.getHash());
    }

    @Test
    void hashIsDeterministic() {
        assertEquals(record().getHash(), record().getHash());
    }

    @ParameterizedTest
    @CsvSource({
            "reason, دلیل دیگر",
            "actor, intruder",
            "afterState, {}",
            "beforeState, {}",
            "action, COUNTY_DELETED",
            "objectId, 13",
    })
    void editingAStringFieldBreaksTheHash(String field, String newValue) {
        AuditRecord r = record();

        Reflection.set(r, field, newValue);

        assertNotEquals(r.getHash(), r.computeHash());
    }

    @Test
    void clearingTheReasonBreaksTheHash() {
        AuditRecord r = record();

        Reflection.set(r, "reason", null);

        assertNotEquals(r.getHash(), r.computeHash());
    }

    @Test
    void editingOccurredAtBreaksTheHash() {
        AuditRecord r = record();

        Reflection.set(r, "occurredAt", AT.plusSeconds(1));

        assertNotEquals(r.getHash(), r.computeHash());
    }

    @Test
    void editingOccurredAtByOneMicrosecondBreaksTheHash() {
        AuditRecord r = record();

        Reflection.set(r, "occurredAt", AT.plusNanos(1_000));

        assertNotEquals(r.getHash(), r.computeHash());
    }

    @Test
    void editingTheCountyBreaksTheHash() {
        AuditRecord r = record();

        Reflection.set(r, "countyId", 13L);

        assertNotEquals(r.getHash(), r.computeHash());
    }

    @Test
    void editingTheSequenceNumberBreaksTheHash() {
        AuditRecord r = record();

        Reflection.set(r, "seq", 2L);

        assertNotEquals(r.getHash(), r.computeHash());
    }

    @Test
    void hashDependsOnThePreviousHash() {
        AuditRecord a = record(5, "a".repeat(64));
        AuditRecord b = record(5, "b".repeat(64));

        assertNotEquals(a.getHash(), b.getHash());
    }

    @Test
    void occurredAtIsTruncatedToMicroseconds() {
        Instant withNanos = Instant.ofEpochSecond(1_740_816_000L, 123_456_789);

        AuditRecord r = new AuditRecord(1, withNanos, "admin", "X", "T", "1", null, null, null, null, null, GENESIS);

        assertEquals(123_456_000, r.getOccurredAt().getNano());
        assertEquals(1_740_816_000L, r.getOccurredAt().getEpochSecond());
    }

    @Test
    void hashCoversTheTruncatedInstantSoItSurvivesARoundTrip() {
        Instant withNanos = Instant.ofEpochSecond(1_740_816_000L, 123_456_789);
        AuditRecord r = new AuditRecord(1, withNanos, "admin", "X", "T", "1", null, null, null, null, null, GENESIS);

        // What the database gives back: the same instant at microsecond precision.
        Reflection.set(r, "occurredAt", Instant.ofEpochSecond(1_740_816_000L, 123_456_000));

        assertEquals(r.getHash(), r.computeHash());
    }

    // --- chain head ------------------------------------------------------------------------

    @Test
    void chainHeadAdvancesToTheNextRecord() {
        AuditRecord previous = record(41, GENESIS);
        AuditChainHead head = head(41, previous.getHash());
        AuditRecord next = record(42, previous.getHash());

        head.advanceTo(next);

        assertEquals(42, head.getLastSeq());
        assertEquals(next.getHash(), head.getLastHash());
    }

    @Test
    void chainHeadAdvancesFromAnEmptyChain() {
        AuditChainHead head = head(0, GENESIS);
        AuditRecord first = record(1, GENESIS);

        head.advanceTo(first);

        assertEquals(1, head.getLastSeq());
        assertEquals(first.getHash(), head.getLastHash());
    }

    @Test
    void chainHeadRefusesARecordAfterAGap() {
        String lastHash = "c".repeat(64);
        AuditChainHead head = head(41, lastHash);

        assertThrows(IllegalStateException.class, () -> head.advanceTo(record(43, lastHash)));

        assertEquals(41, head.getLastSeq());
        assertEquals(lastHash, head.getLastHash());
    }

    @Test
    void chainHeadRefusesARecordThatRepeatsTheLastSequence() {
        String lastHash = "c".repeat(64);
        AuditChainHead head = head(41, lastHash);

        assertThrows(IllegalStateException.class, () -> head.advanceTo(record(41, lastHash)));

        assertEquals(41, head.getLastSeq());
    }

    @Test
    void chainHeadRefusesARecordNamingAWrongPreviousHash() {
        String lastHash = "c".repeat(64);
        AuditChainHead head = head(41, lastHash);

        assertThrows(IllegalStateException.class, () -> head.advanceTo(record(42, "d".repeat(64))));

        assertEquals(41, head.getLastSeq());
        assertEquals(lastHash, head.getLastHash());
    }

    // --- canonical form ----------------------------------------------------------------------

    @Test
    void contentShiftedBetweenNeighbouringFieldsChangesTheHash() {
        AuditRecord a = new AuditRecord(1, AT, "admin", "X", "T", "1", null, null, "x\u001Fy", "z", null, GENESIS);
        AuditRecord b = new AuditRecord(1, AT, "admin", "X", "T", "1", null, null, "x", "y\u001Fz", null, GENESIS);
        assertNotEquals(a.getHash(), b.getHash());
    }

    @Test
    void absentStateHashesDifferentlyFromAnyText() {
        AuditRecord absent = new AuditRecord(1, AT, "admin", "X", "T", "1", null, null, null, "{}", null, GENESIS);
        AuditRecord nullSign = new AuditRecord(1, AT, "admin", "X", "T", "1", null, null, "\u2400", "{}", null, GENESIS);
        AuditRecord empty = new AuditRecord(1, AT, "admin", "X", "T", "1", null, null, "", "{}", null, GENESIS);
        assertNotEquals(absent.getHash(), nullSign.getHash());
        assertNotEquals(absent.getHash(), empty.getHash());
    }
}
