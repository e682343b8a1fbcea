package ir.pishkhan.it.license;

import static ir.pishkhan.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Database;
import ir.pishkhan.it.support.Fixtures;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Renewal (تمدید): only in the window before expiry or the grace period after it, from the old
 * expiry date, with a tenth of the issuance fee (plus the late fee in grace); and two clerks
 * renewing the same licence at once renew it once, the other being told.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RenewalIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tehran"));
    static long countyId;
    static Api clerk;
    static Api secondClerk;

    @BeforeAll
    static void county() {
        long fars = Fixtures.provinceId("IR-07");
        countyId = Fixtures.newFarsCounty("شهرستان تمدید", "Renewal");
        Api official = Fixtures.login(Fixtures.user("r.official", "PROVINCE_OFFICIAL", "PROVINCE", fars));
        Fixtures.setCapacity(official, countyId, "GOVERNMENT_COUNTER", 20);
        clerk = Fixtures.login(Fixtures.user("r.clerk", "POST_CLERK", "COUNTY", countyId));
        secondClerk = Fixtures.login(Fixtures.user("r.clerk2", "POST_CLERK", "COUNTY", countyId));
    }

    /** A licence issued today, then its dates moved so it expires on {@code expiry}. */
    private static JsonObject licenseExpiring(LocalDate expiry) throws Exception {
        Api.Answer issued = clerk.post("/api/licenses/direct", Fixtures.directLicense(Fixtures.application(countyId, "GOVERNMENT_COUNTER", "دارنده"), Fixtures.office("دفتر")));
        assertEquals(201, issued.status(), issued::toString);
        long id = issued.json().getJsonNumber("id").longValue();
        try (Connection c = Database.connect();
             PreparedStatement ps = c.prepareStatement("UPDATE license SET issue_date = ?, expiry_date = ? WHERE id = ?")) {
            ps.setObject(1, expiry.minusYears(5));
            ps.setObject(2, expiry);
            ps.setLong(3, id);
            assertEquals(1, ps.executeUpdate());
        }
        return clerk.get("/api/licenses/" + id).json();
    }

    private static Api.Answer renew(Api who, JsonObject license) {
        return who.post("/api/licenses/" + license.getJsonNumber("id") + "/renewal",
                Api.json("expectedVersion", license.getJsonNumber("version").longValue(), "receiptRef", "RN-" + Api.unique() + Api.unique()));
    }

    @Test
    void renewalExtendsFromTheOldExpiryWithATenthOfTheFee() throws Exception {
        LocalDate expiry = TODAY.plusDays(20);
        JsonObject renewed = renew(clerk, licenseExpiring(expiry)).json();
        assertEquals(expiry.plusYears(5).toString(), renewed.getString("expiryDate"));
        assertEquals(List.of("ISSUED", "RENEWED"), renewed.getJsonArray("history").stream()
                .map(e -> ((JsonObject) e).getString("type")).toList());
        assertEquals(List.of(Map.entry("ISSUANCE", fee()), Map.entry("RENEWAL", fee() / 10)), payments(renewed));
    }

    @Test
    void renewalInTheGracePeriodAddsTheLateFee() throws Exception {
        LocalDate expiry = TODAY.minusDays(10);
        JsonObject renewed = renew(clerk, licenseExpiring(expiry)).json();
        assertEquals(expiry.plusYears(5).toString(), renewed.getString("expiryDate"));
        assertEquals(Map.entry("RENEWAL_LATE", fee() / 10 * 120 / 100), payments(renewed).get(1));
    }

    @Test
    void renewalOutsideWindowAndGraceIsRefused() throws Exception {
        assertProblem(renew(clerk, licenseExpiring(TODAY.plusDays(91))), 422, "RENEWAL_WINDOW_NOT_OPEN");
        assertProblem(renew(clerk, licenseExpiring(TODAY.minusDays(31))), 422, "RENEWAL_TOO_LATE");
    }

    @Test
    void twoClerksRenewingAtOnceRenewOnce() throws Exception {
        LocalDate expiry = TODAY.plusDays(30);
        JsonObject license = licenseExpiring(expiry);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Future<Api.Answer> a = pool.submit(() -> {
            start.await();
            return renew(clerk, license);
        });
        Future<Api.Answer> b = pool.submit(() -> {
            start.await();
            return renew(secondClerk, license);
        });
        start.countDown();
        List<Api.Answer> answers = List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
        pool.shutdown();
        Map<Integer, Long> statuses = answers.stream().collect(Collectors.groupingBy(Api.Answer::status, Collectors.counting()));
        assertEquals(Map.of(200, 1L, 409, 1L), statuses, answers::toString);
        Api.Answer loser = answers.stream().filter(x -> x.status() == 409).findFirst().orElseThrow();
        assertTrue(List.of("STALE_VERSION", "CONCURRENT_CHANGE").contains(loser.json().getString("code")), loser::toString);
        JsonObject after = clerk.get("/api/licenses/" + license.getJsonNumber("id")).json();
        assertEquals(expiry.plusYears(5).toString(), after.getString("expiryDate"), "renewed exactly once");
        assertEquals(2, after.getJsonArray("history").size());
        assertEquals(2, payments(after).size());
    }

    private static long fee() throws Exception {
        try (Connection c = Database.connect();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT issuance_fee FROM fee_schedule WHERE office_type = 'GOVERNMENT_COUNTER' ORDER BY ABS(jalali_year - ?) LIMIT 1")) {
            ps.setInt(1, TODAY.getYear() - 621);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<Map.Entry<String, Long>> payments(JsonObject license) throws Exception {
        try (Connection c = Database.connect();
             PreparedStatement ps = c.prepareStatement("SELECT kind, amount_rials FROM payment WHERE license_id = ? ORDER BY id")) {
            ps.setLong(1, license.getJsonNumber("id").longValue());
            try (ResultSet rs = ps.executeQuery()) {
                List<Map.Entry<String, Long>> result = new java.util.ArrayList<>();
                while (rs.next()) {
                    result.add(Map.entry(rs.getString(1), rs.getLong(2)));
                }
                return result;
            }
        }
    }
}
