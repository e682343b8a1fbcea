package ir.pishkhan.license.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RenewalReminderStepTest {

    @ParameterizedTest(name = "{0} days left → step {1}")
    @CsvSource({"120,0", "91,0", "90,90", "31,90", "30,30", "8,30", "7,7", "1,7", "0,7", "-1,0"})
    void theNearestStepThatIsDue(long daysLeft, int step) {
        assertEquals(step, LicenseChecks.RenewalReminders.step(daysLeft));
    }
}
