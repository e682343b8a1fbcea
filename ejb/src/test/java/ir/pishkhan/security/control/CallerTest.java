package ir.pishkhan.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.security.control.Caller.Grant;
import ir.pishkhan.security.control.Caller.Reach;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.ScopeType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    // Places used below: province 2 holds counties 1 and 2; province 9 holds counties 50 and 51.
    private static final long PROVINCE_2 = 2;
    private static final long PROVINCE_9 = 9;
    private static final long COUNTY_1 = 1;
    private static final long COUNTY_2 = 2;
    private static final long COUNTY_50 = 50;
    private static final long COUNTY_51 = 51;

    private static Caller caller(Grant... grants) {
        return new Caller("someone", List.of(grants));
    }

    private static Grant county(Role role, long countyId) {
        return new Grant(role, ScopeType.COUNTY, countyId);
    }

    private static Grant province(Role role, long provinceId) {
        return new Grant(role, ScopeType.PROVINCE, provinceId);
    }

    private static Grant national(Role role) {
        return new Grant(role, ScopeType.NATIONAL, 0);
    }

    private static Grant office(Role role, long officeId) {
        return new Grant(role, ScopeType.OFFICE, officeId);
    }

    /** A POST_CLERK of county 1 (in province 2) who is also AUDITOR of province 9. */
    private static Caller clerkAndProvinceAuditor() {
        return caller(county(Role.POST_CLERK, COUNTY_1), province(Role.AUDITOR, PROVINCE_9));
    }

    // --- county scope ----------------------------------------------------------------------

    @Test
    void countyClerkCoversTheirCounty() {
        Caller clerk = caller(county(Role.POST_CLERK, COUNTY_1));

        assertTrue(clerk.coversCounty(PROVINCE_2, COUNTY_1, Role.POST_CLERK));
    }

    @Test
    void countyClerkDoesNotCoverAnotherCountyOfTheSameProvince() {
        Caller clerk = caller(county(Role.POST_CLERK, COUNTY_1));

        assertFalse(clerk.coversCounty(PROVINCE_2, COUNTY_2, Role.POST_CLERK));
    }

    @Test
    void countyClerkDoesNotCoverTheirWholeProvince() {
        Caller clerk = caller(county(Role.POST_CLERK, COUNTY_1));

        assertFalse(clerk.coversProvince(PROVINCE_2, Role.POST_CLERK));
        assertFalse(clerk.isNational(Role.POST_CLERK));
    }

    @Test
    void grantCountsOnlyForTheRolesAsked() {
        Caller clerk = caller(county(Role.POST_CLERK, COUNTY_1));

        assertFalse(clerk.coversCounty(PROVINCE_2, COUNTY_1, Role.WG_MEMBER, Role.WG_SECRETARY));
    }

    @Test
    void askingWithNoRolesCoversNothing() {
        Caller admin = caller(national(Role.ADMIN));

        assertFalse(admin.coversCounty(PROVINCE_2, COUNTY_1));
        assertFalse(admin.coversProvince(PROVINCE_2));
        assertFalse(admin.isNational());
        assertTrue(admin.reach().isEmpty());
    }

    // --- province scope --------------------------------------------------------------------

    @Test
    void provinceOfficialCoversEveryCountyOfTheirProvince() {
        Caller official = caller(province(Role.PROVINCE_OFFICIAL, PROVINCE_9));

        assertTrue(official.coversCounty(PROVINCE_9, COUNTY_50, Role.PROVINCE_OFFICIAL));
        assertTrue(official.coversCounty(PROVINCE_9, COUNTY_51, Role.PROVINCE_OFFICIAL));
        assertTrue(official.coversProvince(PROVINCE_9, Role.PROVINCE_OFFICIAL));
    }

    @Test
    void provinceOfficialCoversNoOtherProvince() {
        Caller official = caller(province(Role.PROVINCE_OFFICIAL, PROVINCE_9));

        assertFalse(official.coversProvince(PROVINCE_2, Role.PROVINCE_OFFICIAL));
        assertFalse(official.coversCounty(PROVINCE_2, COUNTY_1, Role.PROVINCE_OFFICIAL));
        assertFalse(official.isNational(Role.PROVINCE_OFFICIAL));
    }

    // --- national scope --------------------------------------------------------------------

    @Test
    void nationalAuditorCoversEverything() {
        Caller auditor = caller(national(Role.AUDITOR));

        assertTrue(auditor.isNational(Role.AUDITOR));
        assertTrue(auditor.coversProvince(PROVINCE_2, Role.AUDITOR));
        assertTrue(auditor.coversProvince(PROVINCE_9, Role.AUDITOR));
        assertTrue(auditor.coversCounty(PROVINCE_2, COUNTY_1, Role.AUDITOR));
        assertTrue(auditor.coversCounty(PROVINCE_9, COUNTY_51, Role.AUDITOR));
    }

    @Test
    void nationalGrantOfAnotherRoleDoesNotCover() {
        Caller admin = caller(national(Role.ADMIN));

        assertFalse(admin.isNational(Role.AUDITOR));
        assertFalse(admin.coversCounty(PROVINCE_2, COUNTY_1, Role.POST_CLERK));
    }

    // --- several grants: roles are not mixed ------------------------------------------------

    @Test
    void auditorRoleDoesNotReachTheCountyHeldOnlyAsClerk() {
        Caller c = clerkAndProvinceAuditor();

        assertFalse(c.coversCounty(PROVINCE_2, COUNTY_1, Role.AUDITOR));
    }

    @Test
    void clerkRoleDoesNotReachTheProvinceHeldOnlyAsAuditor() {
        Caller c = clerkAndProvinceAuditor();

        assertFalse(c.coversCounty(PROVINCE_9, COUNTY_50, Role.POST_CLERK));
        assertFalse(c.coversProvince(PROVINCE_9, Role.POST_CLERK));
    }

    @Test
    void eachGrantStillWorksForItsOwnRoleAndScope() {
        Caller c = clerkAndProvinceAuditor();

        assertTrue(c.coversCounty(PROVINCE_2, COUNTY_1, Role.POST_CLERK));
        assertTrue(c.coversCounty(PROVINCE_9, COUNTY_50, Role.AUDITOR));
    }

    @Test
    void neitherGrantCoversAThirdCountyOfTheClerksProvince() {
        Caller c = clerkAndProvinceAuditor();

        assertFalse(c.coversCounty(PROVINCE_2, COUNTY_2, Role.POST_CLERK, Role.AUDITOR));
    }

    @Test
    void hasAnyLooksAtRolesOnly() {
        Caller c = clerkAndProvinceAuditor();

        assertTrue(c.hasAny(Role.AUDITOR));
        assertTrue(c.hasAny(Role.ADMIN, Role.POST_CLERK));
        assertFalse(c.hasAny(Role.ADMIN, Role.PROVINCE_OFFICIAL));
    }

    // --- reach -----------------------------------------------------------------------------

    @Test
    void nationalGrantReachesEverywhere() {
        Reach reach = caller(national(Role.AUDITOR)).reach(Role.AUDITOR);

        assertTrue(reach.everywhere());
        assertFalse(reach.isEmpty());
        assertEquals(Reach.national(), reach);
    }

    @Test
    void nationalGrantWinsOverNarrowerGrantsListedBeforeIt() {
        Caller c = caller(province(Role.AUDITOR, PROVINCE_9), national(Role.AUDITOR));

        assertEquals(Reach.national(), c.reach(Role.AUDITOR));
    }

    @Test
    void provinceGrantsReachTheirProvinceIds() {
        Caller c = caller(province(Role.PROVINCE_OFFICIAL, PROVINCE_9), province(Role.PROVINCE_OFFICIAL, PROVINCE_2));

        Reach reach = c.reach(Role.PROVINCE_OFFICIAL);

        assertFalse(reach.everywhere());
        assertEquals(Set.of(PROVINCE_2, PROVINCE_9), reach.provinceIds());
        assertEquals(Set.of(), reach.countyIds());
    }

    @Test
    void countyGrantsReachTheirCountyIds() {
        Caller c = caller(county(Role.POST_CLERK, COUNTY_1), county(Role.POST_CLERK, COUNTY_50));

        Reach reach = c.reach(Role.POST_CLERK);

        assertFalse(reach.everywhere());
        assertEquals(Set.of(), reach.provinceIds());
        assertEquals(Set.of(COUNTY_1, COUNTY_50), reach.countyIds());
    }

    @Test
    void reachCoversTheCountiesOfItsGrantsAndNoOther() {
        Reach reach = clerkAndProvinceAuditor().reach(Role.POST_CLERK, Role.AUDITOR);

        assertTrue(reach.covers(PROVINCE_2, COUNTY_1), "the clerk's county");
        assertTrue(reach.covers(PROVINCE_9, COUNTY_51), "a county of the auditor's province");
        assertFalse(reach.covers(PROVINCE_2, COUNTY_2), "another county of the clerk's province");
        assertTrue(Reach.national().covers(PROVINCE_2, COUNTY_2));
        assertFalse(Caller.anonymous().reach(Role.values()).covers(PROVINCE_2, COUNTY_1));
    }

    @Test
    void officeScopedGrantsReachNothing() {
        Reach reach = caller(office(Role.OFFICE_MANAGER, 77)).reach(Role.OFFICE_MANAGER);

        assertTrue(reach.isEmpty());
        assertFalse(reach.everywhere());
        assertEquals(Set.of(), reach.provinceIds());
        assertEquals(Set.of(), reach.countyIds());
    }

    @Test
    void reachUsesOnlyTheRolesAsked() {
        Caller c = clerkAndProvinceAuditor();

        Reach asAuditor = c.reach(Role.AUDITOR);
        Reach asClerk = c.reach(Role.POST_CLERK);
        Reach asBoth = c.reach(Role.AUDITOR, Role.POST_CLERK);

        assertEquals(new Reach(false, Set.of(PROVINCE_9), Set.of()), asAuditor);
        assertEquals(new Reach(false, Set.of(), Set.of(COUNTY_1)), asClerk);
        assertEquals(new Reach(false, Set.of(PROVINCE_9), Set.of(COUNTY_1)), asBoth);
    }

    @Test
    void emptyReachGivesMinusOneForInClauses() {
        Reach reach = new Reach(false, Set.of(), Set.of());

        assertEquals(Set.of(-1L), reach.provinceIdsOrNone());
        assertEquals(Set.of(-1L), reach.countyIdsOrNone());
    }

    @Test
    void nonEmptyReachGivesItsOwnIdsForInClauses() {
        Reach reach = new Reach(false, Set.of(PROVINCE_9), Set.of(COUNTY_1, COUNTY_2));

        assertEquals(Set.of(PROVINCE_9), reach.provinceIdsOrNone());
        assertEquals(Set.of(COUNTY_1, COUNTY_2), reach.countyIdsOrNone());
    }

    // --- anonymous -------------------------------------------------------------------------

    @Test
    void anonymousCallerIsAnonymous() {
        Caller anonymous = Caller.anonymous();

        assertTrue(anonymous.isAnonymous());
        assertNull(anonymous.username());
        assertEquals(List.of(), anonymous.grants());
    }

    @Test
    void anonymousCallerCoversNothing() {
        Caller anonymous = Caller.anonymous();
        Role[] all = Role.values();

        assertFalse(anonymous.hasAny(all));
        assertFalse(anonymous.isNational(all));
        assertFalse(anonymous.coversProvince(PROVINCE_9, all));
        assertFalse(anonymous.coversCounty(PROVINCE_9, COUNTY_50, all));
        assertTrue(anonymous.reach(all).isEmpty());
    }

    @Test
    void namedCallerIsNotAnonymous() {
        assertFalse(caller().isAnonymous());
    }

    // --- province administrators -----------------------------------------------------------

    @Test
    void provinceGrantsListTheProvincesOfTheRoleOnly() {
        Caller c = caller(province(Role.ADMIN, PROVINCE_2), province(Role.ADMIN, PROVINCE_9),
                province(Role.AUDITOR, 4), county(Role.POST_CLERK, COUNTY_50));

        assertEquals(Set.of(PROVINCE_2, PROVINCE_9), c.provinceGrants(Role.ADMIN));
        assertEquals(Set.of(4L), c.provinceGrants(Role.AUDITOR));
        assertTrue(c.provinceGrants(Role.POST_CLERK).isEmpty());
    }

    @Test
    void aNationalGrantIsNotAProvinceGrant() {
        Caller admin = caller(national(Role.ADMIN));

        assertTrue(admin.provinceGrants(Role.ADMIN).isEmpty());
        assertTrue(admin.isNational(Role.ADMIN));
    }

    @Test
    void aProvinceAdministratorCoversTheirProvinceAndItsCountiesOnlyAndIsNotNational() {
        Caller admin = caller(province(Role.ADMIN, PROVINCE_2));

        assertFalse(admin.isNational(Role.ADMIN));
        assertTrue(admin.coversProvince(PROVINCE_2, Role.ADMIN));
        assertTrue(admin.coversCounty(PROVINCE_2, COUNTY_1, Role.ADMIN));
        assertFalse(admin.coversProvince(PROVINCE_9, Role.ADMIN));
        assertFalse(admin.coversCounty(PROVINCE_9, COUNTY_50, Role.ADMIN));
        assertEquals(new Reach(false, Set.of(PROVINCE_2), Set.of()), admin.reach(Role.ADMIN));
    }
}
