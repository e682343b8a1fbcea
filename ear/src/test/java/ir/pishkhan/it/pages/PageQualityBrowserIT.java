package ir.pishkhan.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Browser;
import ir.pishkhan.it.support.BrowserTest;
import ir.pishkhan.it.support.Checks;
import ir.pishkhan.it.support.Deployments;
import ir.pishkhan.it.support.Fixtures;
import ir.pishkhan.it.support.PageChecks;
import ir.pishkhan.it.support.SaturatedCounty;
import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every page of the application, opened by someone allowed to see it with data on it, fits the
 * window at 1366 and 1024 pixels, clears its select boxes' arrows, hides no part of a table
 * cell, and has no serious or critical accessibility violation by axe-core. A page added to the
 * web module without a line in {@link #PAGES} fails the build.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageQualityBrowserIT extends BrowserTest {

    /** Who opens a page: signed out, or one of the accounts of {@link World}. */
    enum Viewer { SIGNED_OUT, ADMIN, AUDITOR, CLERK, OFFICIAL, SECRETARY, REPORTER, OFFICE_MANAGER }

    /** A page, who opens it, and the address that opens it (with its parameters). */
    record Visit(Viewer viewer, Supplier<String> address) {
    }

    static World world;

    /**
     * Every page under web/src/main/webapp (as it ships in the WAR), with who sees it. Public pages
     * are checked signed out; the others as an account allowed to see them, with fixture data.
     */
    static final Map<String, Visit> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("login.xhtml", new Visit(Viewer.SIGNED_OUT, () -> "login.xhtml"));
        PAGES.put("verify.xhtml", new Visit(Viewer.SIGNED_OUT, () -> "verify.xhtml?number=" + world.licenseNumber));
        PAGES.put("complaint.xhtml", new Visit(Viewer.SIGNED_OUT, () -> "complaint.xhtml"));
        PAGES.put("complaint-status.xhtml", new Visit(Viewer.SIGNED_OUT, () -> "complaint-status.xhtml?code=" + world.trackingCode));
        // The error page is what an address that does not exist shows.
        PAGES.put("error.xhtml", new Visit(Viewer.SIGNED_OUT, () -> "no-such-page.xhtml"));
        PAGES.put("app/dashboard.xhtml", new Visit(Viewer.ADMIN, () -> "app/dashboard.xhtml"));
        PAGES.put("app/password.xhtml", new Visit(Viewer.CLERK, () -> "app/password.xhtml"));
        PAGES.put("app/admin/users.xhtml", new Visit(Viewer.ADMIN, () -> "app/admin/users.xhtml"));
        PAGES.put("app/admin/counties.xhtml", new Visit(Viewer.ADMIN, () -> "app/admin/counties.xhtml"));
        PAGES.put("app/admin/rules.xhtml", new Visit(Viewer.ADMIN, () -> "app/admin/rules.xhtml"));
        PAGES.put("app/admin/calendar.xhtml", new Visit(Viewer.ADMIN, () -> "app/admin/calendar.xhtml"));
        PAGES.put("app/admin/schedule.xhtml", new Visit(Viewer.ADMIN, () -> "app/admin/schedule.xhtml"));
        PAGES.put("app/admin/imports.xhtml", new Visit(Viewer.ADMIN, () -> "app/admin/imports.xhtml?show=" + world.importId));
        PAGES.put("app/admin/import.xhtml", new Visit(Viewer.ADMIN, () -> "app/admin/import.xhtml?id=" + world.committedImportId));
        PAGES.put("app/reports.xhtml", new Visit(Viewer.OFFICIAL, () -> "app/reports.xhtml"));
        PAGES.put("app/audit/trail.xhtml", new Visit(Viewer.AUDITOR, () -> "app/audit/trail.xhtml"));
        PAGES.put("app/licensing/county.xhtml", new Visit(Viewer.CLERK, () -> "app/licensing/county.xhtml"));
        PAGES.put("app/licensing/license.xhtml", new Visit(Viewer.CLERK, () -> "app/licensing/license.xhtml?id=" + world.county.licenseId));
        PAGES.put("app/compliance/county.xhtml", new Visit(Viewer.CLERK, () -> "app/compliance/county.xhtml"));
        PAGES.put("app/province/revocations.xhtml", new Visit(Viewer.OFFICIAL, () -> "app/province/revocations.xhtml"));
        PAGES.put("app/wg/sessions.xhtml", new Visit(Viewer.SECRETARY, () -> "app/wg/sessions.xhtml"));
        PAGES.put("app/wg/session.xhtml", new Visit(Viewer.SECRETARY, () -> "app/wg/session.xhtml?id=" + world.sessionId));
        PAGES.put("app/contracts/mine.xhtml", new Visit(Viewer.REPORTER, () -> "app/contracts/mine.xhtml"));
        PAGES.put("app/violations/filed.xhtml", new Visit(Viewer.REPORTER, () -> "app/violations/filed.xhtml"));
        PAGES.put("app/office/mine.xhtml", new Visit(Viewer.OFFICE_MANAGER, () -> "app/office/mine.xhtml"));
    }

    /**
     * The data the pages show: a saturated county of Fars whose rural ICT book has no capacity, a
     * licensed office with contracts, a report with its notice and defence on a session's agenda
     * that recommended revocation (a case awaiting the province), a report the agency filed, an
     * answered complaint, and an audit record with a long reason.
     */
    static final class World {
        final SaturatedCounty county = new SaturatedCounty("صفحات");
        final String licenseNumber = county.licenseNumber;
        final String clerk = Fixtures.user("pq.clerk", "POST_CLERK", "COUNTY", county.id);
        final String auditor = Fixtures.user("pq.auditor", "AUDITOR", "NATIONAL", null);
        final String reporter = Fixtures.user("pq.gas", "AGENCY_REPORTER", "PROVINCE", county.province);
        final String manager = Fixtures.user("pq.office", "OFFICE_MANAGER", "OFFICE", county.licenseId);
        final long sessionId;
        final String trackingCode = trackingCode();
        final String longReason;
        /** A checked roll-out file of the county's province with errors (its verdict and error table). */
        final long importId = rollOutFileWithErrors(county.province);
        /** A committed roll-out file: one account without mobile or e-mail, whose one-time password waits to be read. */
        final long committedImportId = committedRollOut(county.province);

        World() {
            // A book the province set to nothing: this county takes no rural ICT office.
            Fixtures.setCapacity(county.official, county.id, "RURAL_ICT", 0);
            JsonObject decided = county.noticedReport("RECEIPTS_NOT_REMITTED");
            county.defend(decided);
            sessionId = county.sessionWith(decided, county.memberNames);
            county.allVote(decided, "REVOCATION_RECOMMENDED");
            Api.Answer decision = county.decide(decided, "REVOCATION_RECOMMENDED", null);
            assertEquals(200, decision.status(), decision::toString);
            county.defend(county.noticedReport("MANAGER_ABSENT"));
            Api.Answer filed = Fixtures.login(reporter).post("/api/violations", Api.json("licenseId", county.licenseId,
                    "category", "RECEIPTS_NOT_REMITTED", "description", "وجوه قبوض گاز در مهلت مقرر واریز نشده است.",
                    "occurredOn", LocalDate.now().minusDays(2).toString()));
            assertEquals(201, filed.status(), filed::toString);
            // Filed straight into the table: public filing is limited to a few an hour per address.
            Checks.update("INSERT INTO complaint (tracking_code, license_id, county_id, body, filed_at, due_on, status, answer,"
                    + " answered_at) VALUES (?, ?, ?, ?, NOW(6), ?, 'REJECTED', ?, NOW(6))", trackingCode, county.licenseId,
                    county.id, "متصدی دفتر برای ثبت درخواست گذرنامه مبلغی اضافه گرفت.", LocalDate.now().plusDays(3),
                    "بررسی شد؛ رسید پرداخت نشان می‌دهد مبلغ مطابق تعرفه بوده است.");
            // Last, so that it is on the first page of the audit trail: a reason with a long
            // address in it, as clerks paste them.
            longReason = "بنا بر نامهٔ شمارهٔ ۱۲۳۴۵/۶۷۸ استانداری و صورت‌جلسهٔ کارگروه، ظرفیت دفاتر پیشخوان این شهرستان"
                    + " بازنگری شد؛ پیوست: https://ostandari.example.ir/documents/decisions/1405/capacity-review-letter-signed.pdf";
            Api.Answer capacity = county.official.put("/api/counties/" + county.id + "/capacity/GOVERNMENT_COUNTER",
                    Api.json("capacity", 1, "reason", longReason));
            assertEquals(200, capacity.status(), capacity::toString);
        }

        private static long rollOutFileWithErrors(long province) {
            byte[] csv = ("شهرستان,نوع دفتر,ظرفیت\nکوار,پیشخوان,بسیار\nشیراز,کافی‌نت,3\nکوار,روستایی,2\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Api.Answer checked = Api.admin().upload("/api/imports?province=" + province + "&fileName=capacity.csv", "text/csv", csv);
            assertEquals(201, checked.status(), checked::toString);
            return checked.json().getJsonNumber("id").longValue();
        }

        private static long committedRollOut(long province) {
            byte[] csv = ("نام کاربری,نام و نام خانوادگی,نقش\npq.import." + Api.unique() + ",بازرس ورود اطلاعات,بازرس\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Api.Answer checked = Api.admin().upload("/api/imports?province=" + province + "&fileName=accounts.csv", "text/csv", csv);
            assertEquals(201, checked.status(), checked::toString);
            long id = checked.json().getJsonNumber("id").longValue();
            Api.Answer committed = Api.admin().post("/api/imports/" + id + "/run",
                    Api.json("version", checked.json().getJsonNumber("version").longValue()));
            assertEquals(202, committed.status(), committed::toString);
            long deadline = System.currentTimeMillis() + 120_000;
            while ("RUNNING".equals(Api.admin().get("/api/imports/" + id + "/run").json().getString("status"))) {
                org.junit.jupiter.api.Assertions.assertTrue(System.currentTimeMillis() < deadline, "the one-row import did not end");
                Checks.sleep(250);
            }
            return id;
        }

        String username(Viewer viewer) {
            return switch (viewer) {
                case SIGNED_OUT -> null;
                case ADMIN -> Api.ADMIN;
                case AUDITOR -> auditor;
                case CLERK -> clerk;
                case OFFICIAL -> county.officialName;
                case SECRETARY -> county.secretaryName;
                case REPORTER -> reporter;
                case OFFICE_MANAGER -> manager;
            };
        }

        String password(Viewer viewer) {
            return viewer == Viewer.ADMIN ? Api.ADMIN_PASSWORD : Api.TEST_PASSWORD;
        }

        private static String trackingCode() {
            String alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
            SecureRandom random = new SecureRandom();
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                code.append(i == 5 ? "-" : "").append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return code.toString();
        }
    }

    @BeforeAll
    static void makeTheWorld() {
        world = new World();
    }

    @Test
    void everyPageOfTheWebModuleIsChecked() {
        WebArchive war = Deployments.application().getAsType(WebArchive.class, "pishkhan-web.war");
        TreeSet<String> shipped = war.getContent().keySet().stream().map(path -> path.get().substring(1))
                .filter(path -> path.endsWith(".xhtml") && !path.startsWith("WEB-INF/") && !path.startsWith("resources/"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertFalse(shipped.isEmpty(), "the WAR has pages");
        TreeSet<String> missing = new TreeSet<>(shipped);
        missing.removeAll(PAGES.keySet());
        assertTrue(missing.isEmpty(), "Pages nobody checks: " + missing
                + " — add each to PageQualityBrowserIT.PAGES with who may see it and the data it needs");
        TreeSet<String> gone = new TreeSet<>(PAGES.keySet());
        gone.removeAll(shipped);
        assertTrue(gone.isEmpty(), "PageQualityBrowserIT.PAGES lists pages that no longer exist: " + gone);
    }

    @Test
    void everyPageFitsBothWidthsAndHasNoSeriousAccessibilityViolation() throws Exception {
        PageChecks checks = new PageChecks(driver);
        List<String> problems = new ArrayList<>();
        for (Viewer viewer : Viewer.values()) {
            List<Map.Entry<String, Visit>> pages = PAGES.entrySet().stream().filter(e -> e.getValue().viewer() == viewer).toList();
            if (pages.isEmpty()) {
                continue;
            }
            driver.manage().deleteAllCookies();
            if (viewer != Viewer.SIGNED_OUT) {
                signIn(world.username(viewer), world.password(viewer));
            }
            for (Map.Entry<String, Visit> page : pages) {
                driver.get(Api.BASE + "/" + page.getValue().address().get());
                problems.addAll(checks.check(page.getKey()));
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void aBookWithoutCapacityIsShownNeutrallyNotAsSaturated() throws Exception {
        JsonObject rural = Fixtures.capacity(world.county.official, world.county.id, "RURAL_ICT");
        assertEquals(0, rural.getInt("capacity"));
        assertFalse(rural.getBoolean("saturated"), rural::toString);

        signIn(world.clerk, Api.TEST_PASSWORD);
        driver.get(Api.BASE + "/app/licensing/county.xhtml");
        WebElement row = driver.findElement(By.xpath("//*[@id='desk:capacity']//tr[td[normalize-space()='دفتر ICT روستایی']]"));
        WebElement status = row.findElement(By.xpath("./td[last()]"));
        assertEquals("بدون ظرفیت", status.getText().trim());
        assertTrue(status.findElements(By.cssSelector(".broken")).isEmpty(), "not in the alarm colour");
        WebElement counter = driver.findElement(By.xpath("//*[@id='desk:capacity']//tr[td[normalize-space()='دفتر پیشخوان خدمات دولت']]"));
        assertEquals("اشباع", counter.findElement(By.xpath("./td[last()]")).getText().trim(), "a full book still is");
        Browser.screenshot(driver, "page-capacity-without-rural-ict");
    }

    @Test
    void aJalaliFieldShowsTheFormatNotADate() throws Exception {
        signIn(world.auditor, Api.TEST_PASSWORD);
        driver.get(Api.BASE + "/app/audit/trail.xhtml");
        for (WebElement field : driver.findElements(By.cssSelector("input[data-jdp]"))) {
            assertEquals("", field.getAttribute("value"));
            assertEquals("سال/ماه/روز", field.getAttribute("placeholder"));
        }
        // The long reason is on the page whole: wrapped in its column, not cut off.
        WebElement reason = driver.findElement(By.xpath("//*[@id='audit:records']//td//span[contains(., 'capacity-review-letter')]"));
        assertEquals(world.longReason, reason.getText().replaceAll("\\s*\\n\\s*", " ").trim());
    }
}
