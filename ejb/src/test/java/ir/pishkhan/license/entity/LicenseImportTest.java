package ir.pishkhan.license.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.capacity.entity.Applicant;
import ir.pishkhan.capacity.entity.Education;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.identity.NationalCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Licences brought in from an old register: recorded as they stand there, with one IMPORTED event;
 * brought in again, they take the file's office, dates and holder as a correction — never its status.
 */
class LicenseImportTest {

    static final Instant NOW = Instant.parse("2026-01-01T08:00:00Z");
    static final LocalDate ISSUED = LocalDate.of(2019, 5, 1);
    static final LocalDate EXPIRES = LocalDate.of(2024, 5, 1);
    static final String REASON = "sha256:" + "a".repeat(64) + " sheet:پروانه‌ها row:7";
    static final OfficeSite OFFICE = new OfficeSite("دفتر پیشخوان کوار ۱", "کوار، خیابان امام، پلاک ۱۰", "کوار");

    static County county() throws Exception {
        return LicenseTest.license().getCounty();
    }

    static Applicant person(String code, String first) {
        return new Applicant(NationalCode.of(code), first, "کاظمی", "09121234567", null, Education.BACHELOR, NOW);
    }

    static License imported(String number, LicenseStatus status, LocalDate suspendedUntil, LocalDate revokedOn) throws Exception {
        return License.imported(new LicenseGrant(number, person("0499370899", "مریم"), county(), OfficeType.GOVERNMENT_COUNTER,
                null), OFFICE, ISSUED, EXPIRES, status, suspendedUntil, revokedOn, REASON, "fars.admin", NOW);
    }

    static String code(Runnable r) {
        return assertThrows(BusinessException.class, r::run).code();
    }

    @Test
    void anImportedLicenceKeepsItsNumberDatesAndStatusWithOneImportedEvent() throws Exception {
        License l = imported("1398/فارس/000123", LicenseStatus.ACTIVE, null, null);
        assertEquals("1398/فارس/000123", l.getNumber());
        assertEquals(ISSUED, l.getIssueDate());
        assertEquals(EXPIRES, l.getExpiryDate());
        assertEquals(LicenseStatus.ACTIVE, l.getStatus());
        assertNull(l.getApplicationId());
        assertEquals(1, l.getEvents().size());
        LicenseEvent event = l.getEvents().get(0);
        assertEquals(LicenseEventType.IMPORTED, event.getType());
        assertEquals(REASON, event.getReason());
        assertEquals("fars.admin", event.getActor());
        assertNull(event.getBeforeState());
        assertTrue(event.getAfterState().contains("1398/فارس/000123"), event.getAfterState());
        assertEquals("ورود از سامانهٔ پیشین", LicenseEventType.IMPORTED.persianName());
    }

    @Test
    void eachStatusAnOldRegisterHasIsRecordedAsItStands() throws Exception {
        License suspended = imported("S-1", LicenseStatus.SUSPENDED, LocalDate.of(2026, 2, 1), null);
        assertEquals(LocalDate.of(2026, 2, 1), suspended.getSuspendedUntil());
        assertTrue(suspended.getStatus().occupiesSlot());

        License revoked = imported("R-1", LicenseStatus.REVOKED, null, LocalDate.of(2022, 1, 10));
        assertEquals(LocalDate.of(2022, 1, 10), revoked.getClosedOn(), "the office closed on the revocation day");
        assertEquals(LocalDate.of(2022, 1, 10), revoked.statusSince(java.time.ZoneId.of("Asia/Tehran")));
        assertFalse(revoked.getStatus().occupiesSlot());

        License expired = imported("E-1", LicenseStatus.EXPIRED, null, null);
        assertEquals(LicenseStatus.EXPIRED, expired.getStatus());
        assertEquals(java.util.Set.of(), expired.allowedActions());
    }

    @Test
    void whatALicenceCannotBeIsRefusedAsItWouldBeForAnIssuedOne() {
        assertEquals("LICENSE_IMPORT_INVALID", code(() -> rethrow(() -> imported("X-1", LicenseStatus.SURRENDERED, null, null))));
        assertEquals("LICENSE_IMPORT_INVALID", code(() -> rethrow(() -> imported("X-2", LicenseStatus.SUSPENDED, null, null))));
        assertEquals("LICENSE_IMPORT_INVALID", code(() -> rethrow(() -> imported("X-3", LicenseStatus.ACTIVE, null,
                LocalDate.of(2022, 1, 1)))));
        assertEquals("LICENSE_IMPORT_INVALID", code(() -> rethrow(() -> imported("X-4", LicenseStatus.REVOKED, null,
                ISSUED.minusDays(1)))));
        assertEquals("LICENSE_IMPORT_INVALID", code(() -> rethrow(() -> imported(" ", LicenseStatus.ACTIVE, null, null))));
        assertEquals("LICENSE_IMPORT_INVALID", code(() -> rethrow(() -> License.imported(new LicenseGrant("X-5",
                person("0499370899", "مریم"), county(), OfficeType.GOVERNMENT_COUNTER, null), OFFICE, EXPIRES, ISSUED,
                LicenseStatus.ACTIVE, null, null, REASON, "a", NOW))));
        assertEquals("OFFICE_NAME_REQUIRED", code(() -> rethrow(() -> License.imported(new LicenseGrant("X-6",
                person("0499370899", "مریم"), county(), OfficeType.GOVERNMENT_COUNTER, null), new OfficeSite(" ", "نشانی", "کوار"),
                ISSUED, EXPIRES, LicenseStatus.ACTIVE, null, null, REASON, "a", NOW))));
    }

    @Test
    void theSameLicenceAgainAsItIsChangesNothingAndWritesNoEvent() throws Exception {
        License l = imported("1398/فارس/000123", LicenseStatus.ACTIVE, null, null);
        Applicant holder = l.getHolder();
        assertFalse(l.reimport(() -> holder, l.getCounty(), OfficeType.GOVERNMENT_COUNTER, OFFICE, ISSUED, EXPIRES,
                LicenseStatus.ACTIVE, null, null, REASON, "fars.admin", NOW));
        assertEquals(1, l.getEvents().size());
    }

    @Test
    void aChangedOfficeDatesOrHolderIsACorrectionWithItsReason() throws Exception {
        License l = imported("1398/فارس/000123", LicenseStatus.ACTIVE, null, null);
        Applicant other = person("0012345679", "زهرا");
        assertTrue(l.reimport(() -> other, l.getCounty(), OfficeType.GOVERNMENT_COUNTER,
                new OfficeSite("دفتر پیشخوان کوار مرکزی", OFFICE.address(), OFFICE.locality()), ISSUED.plusDays(3),
                EXPIRES.plusDays(3), LicenseStatus.ACTIVE, null, null, "sha256:b row:9", "fars.admin", NOW.plusSeconds(60)));
        assertEquals("دفتر پیشخوان کوار مرکزی", l.getOfficeName());
        assertEquals(ISSUED.plusDays(3), l.getIssueDate());
        assertEquals("0012345679", l.getHolder().getNationalCode());
        assertEquals(LicenseStatus.ACTIVE, l.getStatus());
        LicenseEvent corrected = l.getEvents().get(1);
        assertEquals(LicenseEventType.CORRECTED, corrected.getType());
        assertEquals("sha256:b row:9", corrected.getReason());
        assertTrue(corrected.getBeforeState().contains("دفتر پیشخوان کوار ۱"), corrected.getBeforeState());
        assertTrue(corrected.getAfterState().contains("دفتر پیشخوان کوار مرکزی"), corrected.getAfterState());
        assertTrue(corrected.getAfterState().contains("0012345679"), corrected.getAfterState());
    }

    @Test
    void aDifferentStatusIsRefusedBeforeAnythingChangesOrAnyoneIsRegistered() throws Exception {
        License l = imported("1398/فارس/000123", LicenseStatus.SUSPENDED, LocalDate.of(2026, 2, 1), null);
        AtomicInteger registered = new AtomicInteger();
        Supplier<Applicant> holder = () -> {
            registered.incrementAndGet();
            return l.getHolder();
        };
        OfficeSite renamed = new OfficeSite("نام تازه", OFFICE.address(), OFFICE.locality());
        assertEquals("LICENSE_IMPORT_STATUS_DIFFERS", code(() -> l.reimport(holder, l.getCounty(), OfficeType.GOVERNMENT_COUNTER,
                renamed, ISSUED, EXPIRES, LicenseStatus.ACTIVE, null, null, REASON, "a", NOW)));
        assertEquals("LICENSE_IMPORT_STATUS_DIFFERS", code(() -> l.reimport(holder, l.getCounty(), OfficeType.GOVERNMENT_COUNTER,
                renamed, ISSUED, EXPIRES, LicenseStatus.SUSPENDED, LocalDate.of(2026, 3, 1), null, REASON, "a", NOW)),
                "another last day of the suspension is a status change too");
        assertEquals("LICENSE_IMPORT_PLACE_DIFFERS", code(() -> l.reimport(holder, l.getCounty(), OfficeType.RURAL_ICT,
                renamed, ISSUED, EXPIRES, LicenseStatus.SUSPENDED, LocalDate.of(2026, 2, 1), null, REASON, "a", NOW)));
        assertEquals(0, registered.get());
        assertEquals("دفتر پیشخوان کوار ۱", l.getOfficeName());
        assertEquals(List.of(LicenseEventType.IMPORTED), l.getEvents().stream().map(LicenseEvent::getType).toList());
    }

    @Test
    void anImportedContractKeepsItsStatusAndIsNeverMovedByAReimport() throws Exception {
        License l = imported("1398/فارس/000123", LicenseStatus.ACTIVE, null, null);
        ServiceContract ended = ServiceContract.imported(l, ir.pishkhan.office.entity.Agency.GAS, "انشعاب",
                LocalDate.of(2020, 1, 1), ServiceContract.Status.ENDED, "وضعیت در سامانهٔ پیشین", NOW);
        assertEquals(ServiceContract.Status.ENDED, ended.getStatus());
        assertFalse(ended.reimport("انشعاب", LocalDate.of(2020, 1, 1), ServiceContract.Status.ENDED));
        assertTrue(ended.reimport("انشعاب و قبوض", LocalDate.of(2020, 1, 1), ServiceContract.Status.ENDED));
        assertEquals("CONTRACT_IMPORT_STATUS_DIFFERS", code(() -> ended.reimport("انشعاب", LocalDate.of(2020, 1, 1),
                ServiceContract.Status.ACTIVE)));
        assertEquals("انشعاب و قبوض", ended.getServices());
        ServiceContract active = ServiceContract.imported(l, ir.pishkhan.office.entity.Agency.GAS, "انشعاب",
                LocalDate.of(2020, 1, 1), null, "x", NOW);
        assertEquals(ServiceContract.Status.ACTIVE, active.getStatus());
        assertNull(active.getStatusReason());
    }

    private interface Failing {
        Object run() throws Exception;
    }

    private static void rethrow(Failing f) {
        try {
            f.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
