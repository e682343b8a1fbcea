package ir.pishkhan.shared.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingTest {

    @AfterEach
    void clear() {
        Arrays.stream(Setting.values()).forEach(s -> System.clearProperty(s.key()));
    }

    @Test
    void theVariablesAreThoseAShellCanSet() {
        assertEquals("PISHKHAN_CHECKS_BATCH_SIZE", Setting.CHECKS_BATCH_SIZE.variable());
        assertEquals("PISHKHAN_LOGIN_MAX_FAILURES", Setting.LOGIN_MAX_FAILURES.variable());
        assertEquals("PISHKHAN_SCHEDULER_CHECKIN_MS", Setting.SCHEDULER_CHECKIN_MS.variable());
        assertTrue(Arrays.stream(Setting.values()).allMatch(s -> s.variable().matches("[A-Z][A-Z0-9_]*")));
        Set<String> keys = Arrays.stream(Setting.values()).map(Setting::key).collect(Collectors.toSet());
        assertEquals(Setting.values().length, keys.size(), "each key once");
    }

    @Test
    void defaultsApplyWhenNothingIsSet() {
        assertEquals(200, Setting.CHECKS_BATCH_SIZE.integer());
        assertEquals(7500, Setting.SCHEDULER_CHECKIN_MS.integer());
        assertTrue(Setting.SCHEDULER_ENABLED.flag());
        assertFalse(Setting.WG_QUORUM_PERCENT.optionalInteger().isPresent());
        assertFalse(Setting.CHECKS_BATCH_SIZE.source().isPresent());
        Arrays.stream(Setting.values()).forEach(Setting::check);
    }

    @Test
    void aConfiguredValueIsReadThroughMicroProfileConfig() {
        System.setProperty("pishkhan.checks.batch-size", " 50 ");
        assertEquals(50, Setting.CHECKS_BATCH_SIZE.integer());
        assertTrue(Setting.CHECKS_BATCH_SIZE.source().isPresent());
    }

    @Test
    void aMalformedValueIsRefusedNamingTheVariable() {
        System.setProperty("pishkhan.checks.batch-size", "abc");
        Setting.InvalidSetting e = assertThrows(Setting.InvalidSetting.class, Setting.CHECKS_BATCH_SIZE::check);
        assertTrue(e.getMessage().startsWith("PISHKHAN_CHECKS_BATCH_SIZE (pishkhan.checks.batch-size) = 'abc' is not a whole number"),
                e.getMessage());
        System.setProperty("pishkhan.login.lock-minutes", "0");
        assertThrows(Setting.InvalidSetting.class, Setting.LOGIN_LOCK_MINUTES::integer);
        System.setProperty("pishkhan.scheduler.enabled", "yes");
        assertThrows(Setting.InvalidSetting.class, Setting.SCHEDULER_ENABLED::check);
        System.setProperty("pishkhan.violation.ladder", "WARNING=3");
        assertThrows(Setting.InvalidSetting.class, Setting.VIOLATION_LADDER::check);
        System.setProperty("pishkhan.public.url", "pishkhan.example.ir");
        assertThrows(Setting.InvalidSetting.class, Setting.PUBLIC_URL::check);
    }

    @Test
    void wellFormedValuesPass() {
        System.setProperty("pishkhan.violation.ladder", "WARNING*3=SUSPENSION, SUSPENSION*2=REVOCATION_RECOMMENDED");
        System.setProperty("pishkhan.violation.points-ladder", "60=SUSPENSION,100=REVOCATION_RECOMMENDED");
        System.setProperty("pishkhan.public.url", "https://pishkhan.example.ir/pishkhan/");
        System.setProperty("pishkhan.scheduler.enabled", "FALSE");
        Arrays.stream(Setting.values()).forEach(Setting::check);
        assertFalse(Setting.SCHEDULER_ENABLED.flag());
    }
}
