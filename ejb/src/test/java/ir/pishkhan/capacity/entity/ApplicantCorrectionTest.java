package ir.pishkhan.capacity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.shared.error.BusinessException;
import org.junit.jupiter.api.Test;

/** An administrator's correction of a person's names and national code. */
class ApplicantCorrectionTest {

    private static String code(Runnable r) {
        return assertThrows(BusinessException.class, r::run).code();
    }

    @Test
    void aNationalCodeMustBeValidAndARefusalChangesNothing() {
        Applicant a = CapacityFixtures.applicant();
        assertEquals("NATIONAL_CODE_INVALID", code(() -> a.correct("رضا", null, "0499370898")), "wrong check digit");
        assertEquals("NATIONAL_CODE_INVALID", code(() -> a.correct(null, null, "1111111111")), "one repeated digit");
        assertEquals("NATIONAL_CODE_INVALID", code(() -> a.correct(null, null, "12345")));
        assertEquals("NATIONAL_CODE_INVALID", code(() -> a.correct(null, null, "")));
        assertEquals("0499370899", a.getNationalCode());
        assertEquals("علی کاشانی", a.fullName(), "the valid name of a refused correction is not kept either");
    }

    @Test
    void aValidCodeTypedInPersianDigitsIsKept() {
        Applicant a = CapacityFixtures.applicant();
        assertTrue(a.correct(null, null, "۰۰۸۴۵۷۵۹۴۸"));
        assertEquals("0084575948", a.getNationalCode());
    }

    @Test
    void namesAreNormalisedAndSearchableAndTheSameValuesAreNoChange() {
        Applicant a = CapacityFixtures.applicant();
        assertFalse(a.correct("علي", "كاشانی", "0499370899"), "Arabic letters are the same name");
        assertEquals("APPLICANT_NAME_INVALID", code(() -> a.correct("  ", null, null)));
        assertTrue(a.correct("علیرضا", null, null));
        assertEquals("علیرضا کاشانی", a.fullName());
        assertEquals("علیرضا کاشانی", a.getSearchKey());
        assertEquals("علیرضا ک…", a.maskedName());
    }
}
