package ir.pishkhan.inspection.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.shared.error.BusinessException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An inspection needs every checklist item; it passes only if all pass; each item names its category. */
class InspectionTest {

    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static Map<ChecklistItem, ItemResult> allPassedBut(ChecklistItem... failed) {
        Map<ChecklistItem, ItemResult> m = new EnumMap<>(ChecklistItem.class);
        for (ChecklistItem i : ChecklistItem.values()) {
            m.put(i, new ItemResult(!List.of(failed).contains(i), null));
        }
        return m;
    }

    @Test
    void passesOnlyWhenEveryItemPasses() throws Exception {
        var license = ir.pishkhan.license.entity.LicenseTest.license();
        Inspection ok = new Inspection(license, Inspection.Kind.PERIODIC, TODAY, TODAY, "clerk", null, allPassedBut(), NOW);
        assertTrue(ok.isPassed());
        assertEquals(List.of(), ok.failedItems());
        Inspection bad = new Inspection(license, Inspection.Kind.AD_HOC, TODAY, TODAY, "clerk", null,
                allPassedBut(ChecklistItem.STAFF_TRAINED, ChecklistItem.MANAGER_PRESENT), NOW);
        assertFalse(bad.isPassed());
        assertEquals(List.of(ChecklistItem.MANAGER_PRESENT, ChecklistItem.STAFF_TRAINED), bad.failedItems());
    }

    @Test
    void incompleteChecklistsAndFutureDatesAreRefused() throws Exception {
        var license = ir.pishkhan.license.entity.LicenseTest.license();
        Map<ChecklistItem, ItemResult> partial = allPassedBut();
        partial.remove(ChecklistItem.TARIFF_LIST);
        assertEquals("CHECKLIST_INCOMPLETE", assertThrows(BusinessException.class, () -> new Inspection(license,
                Inspection.Kind.PERIODIC, TODAY, TODAY, "clerk", null, partial, NOW)).code());
        assertEquals("INSPECTION_DATE_INVALID", assertThrows(BusinessException.class, () -> new Inspection(license,
                Inspection.Kind.PERIODIC, TODAY.plusDays(1), TODAY, "clerk", null, allPassedBut(), NOW)).code());
    }

    @Test
    void everyItemIsReportedUnderACategoryTheMigrationSeeds() throws Exception {
        String migration;
        try (var in = InspectionTest.class.getResourceAsStream("/db/migration/V7__Violations_review_revocation.sql")) {
            migration = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (ChecklistItem i : ChecklistItem.values()) {
            assertTrue(migration.contains("('" + i.categoryCode() + "', "), i + " → " + i.categoryCode() + " is not seeded");
        }
    }
}
