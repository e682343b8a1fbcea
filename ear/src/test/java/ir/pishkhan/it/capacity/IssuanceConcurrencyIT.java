package ir.pishkhan.it.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Bodies;
import ir.pishkhan.it.support.Database;
import ir.pishkhan.it.support.Fixtures;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The capacity invariant under load: 50 issuance requests at once, from two clerks, into a
 * county with capacity 7. Exactly 7 licences exist afterwards, every other request was told
 * CAPACITY_FULL, and the refused requests left nothing behind.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IssuanceConcurrencyIT {

    static final int CAPACITY = 7;
    static final int REQUESTS = 50;

    @Test
    void fiftyConcurrentIssuancesNeverPassCapacity() throws Exception {
        long fars = Fixtures.provinceId("IR-07");
        long countyId = Fixtures.newFarsCounty("شهرستان همزمانی", "Concurrency");
        Api official = Fixtures.login(Fixtures.user("c.official", "PROVINCE_OFFICIAL", "PROVINCE", fars));
        Fixtures.setCapacity(official, countyId, "GOVERNMENT_COUNTER", CAPACITY);
        List<Api> clerks = List.of(Fixtures.login(Fixtures.user("c.clerk1", "POST_CLERK", "COUNTY", countyId)),
                Fixtures.login(Fixtures.user("c.clerk2", "POST_CLERK", "COUNTY", countyId)));
        // Warm the clerks' sign-in so the burst measures issuance, not password hashing.
        clerks.forEach(c -> assertEquals(200, c.get("/api/me").status()));

        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            Api clerk = clerks.get(i % 2);
            Bodies.DirectLicense body = Fixtures.directLicense(Fixtures.application(countyId, "GOVERNMENT_COUNTER", "متقاضی" + i), Fixtures.office("دفتر " + i));
            answers.add(pool.submit(() -> {
                start.await();
                return clerk.post("/api/licenses/direct", body);
            }));
        }
        start.countDown();
        List<Api.Answer> results = new ArrayList<>();
        for (Future<Api.Answer> f : answers) {
            results.add(f.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();

        Map<Integer, Long> byStatus = results.stream().collect(Collectors.groupingBy(Api.Answer::status, Collectors.counting()));
        assertEquals(Map.of(201, (long) CAPACITY, 422, (long) (REQUESTS - CAPACITY)), byStatus, byStatus::toString);
        for (Api.Answer refused : results.stream().filter(a -> a.status() == 422).toList()) {
            assertEquals("CAPACITY_FULL", refused.json().getString("code"), refused::toString);
            assertTrue(refused.json().getString("detailFa").contains("ظرفیت"));
        }
        Set<String> numbers = new HashSet<>();
        results.stream().filter(a -> a.status() == 201).forEach(a -> numbers.add(a.json().getString("number")));
        assertEquals(CAPACITY, numbers.size(), "distinct licence numbers");

        JsonObject line = Fixtures.capacity(official, countyId, "GOVERNMENT_COUNTER");
        assertEquals(CAPACITY, line.getInt("occupied"));
        assertEquals(0, line.getInt("free"));
        assertTrue(line.getBoolean("saturated"));
        assertEquals(CAPACITY, Database.count("SELECT COUNT(*) FROM license WHERE county_id = ?", countyId));
        // Refused requests rolled back whole: no stray application or payment.
        assertEquals(CAPACITY, Database.count("SELECT COUNT(*) FROM application WHERE county_id = ?", countyId));
        assertEquals(CAPACITY, Database.count("SELECT COUNT(*) FROM payment p JOIN license l ON p.license_id = l.id WHERE l.county_id = ?", countyId));
    }


}
