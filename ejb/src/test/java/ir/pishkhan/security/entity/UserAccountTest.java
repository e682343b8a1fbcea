package ir.pishkhan.security.entity;

import ir.pishkhan.testing.Reflection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.error.ErrorKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");
    private static final String HASH = "$2a$12$abcdefghijklmnopqrstuuSECRETHASHVALUEXYZ0123456789abcd";
    private static final int MAX_ATTEMPTS = 5;
    private static final Duration LOCK_FOR = Duration.ofMinutes(15);

    private static UserAccount user() {
        return new UserAccount("clerk", "کارمند نمونه", HASH, NOW);
    }

    private static void failLogins(UserAccount u, int times) {
        for (int i = 0; i < times; i++) {
            u.recordFailedLogin(NOW, MAX_ATTEMPTS, LOCK_FOR);
        }
    }

    // --- username and display name -------------------------------------------------------

    @Test
    void usernameIsTrimmedAndLowerCased() {
        UserAccount u = new UserAccount("  Ali.Reza_K-1 \t", "علی رضایی", HASH, NOW);

        assertEquals("ali.reza_k-1", u.getUsername());
    }

    @Test
    void constructorKeepsDisplayNameHashAndCreationTime() {
        UserAccount u = new UserAccount("clerk", "  کارمند نمونه  ", HASH, NOW);

        assertEquals("کارمند نمونه", u.getDisplayName());
        assertEquals(HASH, u.getPasswordHash());
        assertEquals(NOW, u.getCreatedAt());
        assertTrue(u.isEnabled());
        assertTrue(u.getGrants().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ab",          // too short
            "1abc",        // starts with a digit
            "علی",         // Persian letters only
            "aliرضا",      // Latin with Persian letters
            "ali reza",    // inner space
            "_abc",        // starts with an underscore
            "ali@reza",    // character outside the allowed set
    })
    void invalidUsernameIsRefused(String username) {
        BusinessException e = assertThrows(BusinessException.class,
                () -> new UserAccount(username, "نام", HASH, NOW));

        assertEquals("USERNAME_INVALID", e.code());
        assertEquals(ErrorKind.INVALID, e.kind());
    }

    @Test
    void usernameOf65CharactersIsRefusedAnd64Accepted() {
        String max = "a".repeat(64);

        assertEquals(max, new UserAccount(max, "نام", HASH, NOW).getUsername());
        BusinessException e = assertThrows(BusinessException.class,
                () -> new UserAccount(max + "a", "نام", HASH, NOW));
        assertEquals("USERNAME_INVALID", e.code());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void blankDisplayNameIsRefused(String displayName) {
        BusinessException e = assertThrows(BusinessException.class,
                () -> new UserAccount("clerk", displayName, HASH, NOW));

        assertEquals("DISPLAY_NAME_INVALID", e.code());
        assertEquals(ErrorKind.INVALID, e.kind());
    }

    @Test
    void renameToBlankIsRefusedAndKeepsTheOldName() {
        UserAccount u = user();

        BusinessException e = assertThrows(BusinessException.class, () -> u.rename("  "));

        assertEquals("DISPLAY_NAME_INVALID", e.code());
        assertEquals("کارمند نمونه", u.getDisplayName());
    }

    @Test
    void displayNameOf151CharactersIsRefused() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> new UserAccount("clerk", "ن".repeat(151), HASH, NOW));

        assertEquals("DISPLAY_NAME_INVALID", e.code());
    }

    // --- grants ----------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "ADMIN, COUNTY",
            "ADMIN, OFFICE",
            "POST_CLERK, PROVINCE",
            "PROVINCE_OFFICIAL, NATIONAL",
            "OFFICE_MANAGER, COUNTY",
            "AUDITOR, COUNTY",
    })
    void grantInAScopeTheRoleDoesNotAllowIsRefusedAndNotAdded(Role role, ScopeType scope) {
        UserAccount u = user();

        BusinessException e = assertThrows(BusinessException.class,
                () -> u.grant(role, scope, 3, "admin", NOW));

        assertEquals("GRANT_SCOPE_INVALID", e.code());
        assertEquals(ErrorKind.INVALID, e.kind());
        assertTrue(u.getGrants().isEmpty());
    }

    @Test
    void grantRecordsRoleScopeAndGrantor() {
        UserAccount u = user();

        RoleGrant g = u.grant(Role.POST_CLERK, ScopeType.COUNTY, 3, "admin", NOW);

        assertEquals(List.of(g), u.getGrants());
        assertSame(u, g.getUser());
        assertEquals(Role.POST_CLERK, g.getRole());
        assertEquals(ScopeType.COUNTY, g.getScopeType());
        assertEquals(3, g.getScopeRef());
        assertEquals("admin", g.getGrantedBy());
        assertEquals(NOW, g.getGrantedAt());
    }

    @Test
    void sameGrantTwiceIsRefusedAsConflict() {
        UserAccount u = user();
        u.grant(Role.POST_CLERK, ScopeType.COUNTY, 3, "admin", NOW);

        BusinessException e = assertThrows(BusinessException.class,
                () -> u.grant(Role.POST_CLERK, ScopeType.COUNTY, 3, "admin", NOW));

        assertEquals("GRANT_EXISTS", e.code());
        assertEquals(ErrorKind.CONFLICT, e.kind());
        assertEquals(1, u.getGrants().size());
    }

    @Test
    void sameRoleInAnotherCountyIsASeparateGrant() {
        UserAccount u = user();
        u.grant(Role.POST_CLERK, ScopeType.COUNTY, 3, "admin", NOW);

        u.grant(Role.POST_CLERK, ScopeType.COUNTY, 4, "admin", NOW);

        assertEquals(2, u.getGrants().size());
    }

    @Test
    void nationalGrantStoresScopeRefZeroWhateverIsPassed() {
        UserAccount u = user();

        RoleGrant g = u.grant(Role.ADMIN, ScopeType.NATIONAL, 42, "admin", NOW);

        assertEquals(0, g.getScopeRef());
    }

    @Test
    void nationalGrantWithAnotherScopeRefIsStillADuplicate() {
        UserAccount u = user();
        u.grant(Role.AUDITOR, ScopeType.NATIONAL, 0, "admin", NOW);

        BusinessException e = assertThrows(BusinessException.class,
                () -> u.grant(Role.AUDITOR, ScopeType.NATIONAL, 99, "admin", NOW));

        assertEquals("GRANT_EXISTS", e.code());
        assertEquals(1, u.getGrants().size());
    }

    @Test
    void grantsListCannotBeModifiedFromOutside() {
        UserAccount u = user();

        assertThrows(UnsupportedOperationException.class, () -> u.getGrants().clear());
    }

    @Test
    void revokingAGrantIdTheUserDoesNotHoldIsRefused() {
        UserAccount u = user();
        RoleGrant g = u.grant(Role.POST_CLERK, ScopeType.COUNTY, 3, "admin", NOW);
        Reflection.set(g, "id", 7L);

        BusinessException e = assertThrows(BusinessException.class, () -> u.revoke(8));

        assertEquals("GRANT_NOT_FOUND", e.code());
        assertEquals(ErrorKind.NOT_FOUND, e.kind());
        assertEquals(List.of(g), u.getGrants());
    }

    @Test
    void revokingAHeldGrantRemovesAndReturnsIt() {
        UserAccount u = user();
        RoleGrant clerk = u.grant(Role.POST_CLERK, ScopeType.COUNTY, 3, "admin", NOW);
        RoleGrant member = u.grant(Role.WG_MEMBER, ScopeType.COUNTY, 3, "admin", NOW);
        Reflection.set(clerk, "id", 7L);
        Reflection.set(member, "id", 8L);

        RoleGrant revoked = u.revoke(7);

        assertSame(clerk, revoked);
        assertEquals(List.of(member), u.getGrants());
    }

    @Test
    void revokingOnAUserWithoutGrantsIsRefused() {
        BusinessException e = assertThrows(BusinessException.class, () -> user().revoke(1));

        assertEquals("GRANT_NOT_FOUND", e.code());
    }

    // --- lockout ---------------------------------------------------------------------------

    @Test
    void fourFailedLoginsDoNotLock() {
        UserAccount u = user();

        failLogins(u, 4);

        assertFalse(u.isLocked(NOW));
        assertNull(u.getLockedUntil());
    }

    @Test
    void fifthFailedLoginLocksForFifteenMinutes() {
        UserAccount u = user();
        failLogins(u, 4);

        boolean locked = u.recordFailedLogin(NOW, MAX_ATTEMPTS, LOCK_FOR);

        assertTrue(locked);
        assertEquals(NOW.plus(Duration.ofMinutes(15)), u.getLockedUntil());
    }

    @Test
    void recordFailedLoginReturnsTrueOnlyOnTheFailureThatLocks() {
        UserAccount u = user();
        List<Boolean> results = new ArrayList<>();

        for (int i = 0; i < 5; i++) {
            results.add(u.recordFailedLogin(NOW, MAX_ATTEMPTS, LOCK_FOR));
        }

        assertEquals(List.of(false, false, false, false, true), results);
    }

    @Test
    void lockHoldsUntilTheLockInstantAndEndsThere() {
        UserAccount u = user();
        failLogins(u, 5);
        Instant until = NOW.plus(LOCK_FOR);

        assertTrue(u.isLocked(NOW));
        assertTrue(u.isLocked(until.minusNanos(1)));
        assertFalse(u.isLocked(until));
        assertFalse(u.isLocked(until.plusSeconds(1)));
    }

    @Test
    void successfulLoginResetsTheFailureCounter() {
        UserAccount u = user();
        failLogins(u, 4);
        u.recordSuccessfulLogin(NOW);

        failLogins(u, 4);

        assertFalse(u.isLocked(NOW));
        assertNull(u.getLockedUntil());
        assertEquals(NOW, u.getLastLoginAt());
    }

    @Test
    void changePasswordClearsTheLock() {
        UserAccount u = user();
        failLogins(u, 5);
        assertTrue(u.isLocked(NOW));

        u.changePassword("$2a$12$newhash");

        assertFalse(u.isLocked(NOW));
        assertNull(u.getLockedUntil());
        assertEquals("$2a$12$newhash", u.getPasswordHash());
    }

    // --- province administrators --------------------------------------------------------

    @Test
    void anAdministratorMayBeGrantedAProvince() {
        UserAccount u = user();

        RoleGrant g = u.grant(Role.ADMIN, ScopeType.PROVINCE, 7, "admin", NOW);

        assertEquals(ScopeType.PROVINCE, g.getScopeType());
        assertEquals(7, g.getScopeRef());
        assertTrue(u.holds(Role.ADMIN, ScopeType.PROVINCE));
        assertFalse(u.holds(Role.ADMIN, ScopeType.NATIONAL));
    }

    @Test
    void theSameAdministratorMayHoldTwoProvincesButNotOneTwice() {
        UserAccount u = user();
        u.grant(Role.ADMIN, ScopeType.PROVINCE, 7, "admin", NOW);
        u.grant(Role.ADMIN, ScopeType.PROVINCE, 8, "admin", NOW);

        BusinessException e = assertThrows(BusinessException.class,
                () -> u.grant(Role.ADMIN, ScopeType.PROVINCE, 7, "admin", NOW));

        assertEquals("GRANT_EXISTS", e.code());
        assertEquals(2, u.getGrants().size());
    }

    @Test
    void aNationalAccountIsFiledUnderNoPlaceAndAProvinceAccountUnderItsProvince() {
        UserAccount u = user();
        assertNull(u.auditProvinceId());
        assertNull(u.getHomeProvince());

        u.belongTo(province(7));

        assertEquals(7L, u.auditProvinceId());
        assertNull(u.auditCountyId());
        assertEquals(7L, u.snapshot().get("homeProvinceId"));

        u.belongTo(null);

        assertNull(u.auditProvinceId());
        assertFalse(u.snapshot().containsKey("homeProvinceId"));
    }

    private static ir.pishkhan.place.entity.Province province(long id) {
        try {
            var constructor = ir.pishkhan.place.entity.Province.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            ir.pishkhan.place.entity.Province p = constructor.newInstance();
            Reflection.set(p, "id", id);
            return p;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- one-time password -----------------------------------------------------------------

    @Test
    void aNewAccountNeedNotChangeItsPassword() {
        assertFalse(user().isMustChangePassword());
    }

    @Test
    void aOneTimePasswordReplacesTheHashAndMustBeChanged() {
        UserAccount u = user();

        u.setOneTimePassword("$2a$12$onetime");

        assertTrue(u.isMustChangePassword());
        assertEquals("$2a$12$onetime", u.getPasswordHash());
        assertEquals(true, u.snapshot().get("mustChangePassword"));
    }

    @Test
    void changingThePasswordClearsTheOneTimeFlag() {
        UserAccount u = user();
        u.setOneTimePassword("$2a$12$onetime");

        u.changePassword("$2a$12$chosen");

        assertFalse(u.isMustChangePassword());
        assertEquals("$2a$12$chosen", u.getPasswordHash());
        assertFalse(u.snapshot().containsKey("mustChangePassword"));
    }

    @Test
    void aOneTimePasswordAlsoLiftsTheSignInLock() {
        UserAccount u = user();
        failLogins(u, 5);

        u.setOneTimePassword("$2a$12$onetime");

        assertFalse(u.isLocked(NOW));
        assertTrue(u.isMustChangePassword());
    }

    // --- snapshot --------------------------------------------------------------------------

    @Test
    void snapshotNeverContainsThePasswordHash() {
        UserAccount u = user();
        u.grant(Role.POST_CLERK, ScopeType.COUNTY, 3, "admin", NOW);

        Map<String, Object> s = u.snapshot();

        assertFalse(s.containsKey("passwordHash"));
        for (Object value : s.values()) {
            assertFalse(String.valueOf(value).contains(HASH), "snapshot value leaks the hash: " + value);
            assertFalse(String.valueOf(value).contains("SECRETHASHVALUE"), "snapshot value leaks the hash: " + value);
        }
        assertFalse(s.toString().contains("SECRETHASHVALUE"));
    }

    @Test
    void snapshotListsAccountFieldsAndGrants() {
        UserAccount u = user();
        u.grant(Role.POST_CLERK, ScopeType.COUNTY, 3, "admin", NOW);
        u.grant(Role.AUDITOR, ScopeType.NATIONAL, 0, "admin", NOW);
        u.disable();

        Map<String, Object> s = u.snapshot();

        assertEquals(List.of("username", "displayName", "enabled", "grants"), List.copyOf(s.keySet()));
        assertEquals("clerk", s.get("username"));
        assertEquals("کارمند نمونه", s.get("displayName"));
        assertEquals(false, s.get("enabled"));
        assertEquals(List.of(
                Map.of("role", "POST_CLERK", "scopeType", "COUNTY", "scopeRef", 3L),
                Map.of("role", "AUDITOR", "scopeType", "NATIONAL", "scopeRef", 0L)), s.get("grants"));
    }
}
