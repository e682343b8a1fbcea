package ir.pishkhan.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Database;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform underneath everything: migrations applied to the real MariaDB, the reference
 * data complete, and the readiness endpoint reporting both.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    @Test
    void migrationsAreAppliedAndSucceeded() throws Exception {
        try (Connection c = Database.connect();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
            Set<String> versions = new HashSet<>();
            while (rs.next()) {
                assertTrue(rs.getBoolean("success"), "migration " + rs.getString("version") + " failed");
                versions.add(rs.getString("version"));
            }
            assertTrue(versions.containsAll(Set.of("1", "2")), "applied: " + versions);
        }
    }

    @Test
    void readinessReportsDatabaseAndSchema() {
        Api.Answer ready = Api.anonymous().get("/api/health/ready");
        assertEquals(200, ready.status(), ready::toString);
        JsonObject report = ready.json();
        assertTrue(report.getBoolean("ready"));
        assertTrue(report.getBoolean("databaseUp"));
        assertEquals(0, report.getInt("pendingMigrations"));
        assertTrue(Integer.parseInt(report.getString("schemaVersion")) >= 2, report::toString);
    }

    @Test
    void every_province_and_county_of_the_reference_file_is_present() throws Exception {
        List<String> lines = Files.readAllLines(
                Path.of("../ejb/src/main/resources/reference/iran-counties.csv"), StandardCharsets.UTF_8);
        Map<String, Set<String>> expected = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            expected.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[3]);
        }
        var provinces = Api.anonymous().get("/api/provinces").array();
        assertEquals(31, provinces.size());
        assertEquals(31, expected.size());
        int counties = 0;
        for (var p : provinces) {
            JsonObject province = (JsonObject) p;
            String code = province.getString("code");
            Set<String> names = new HashSet<>();
            for (var c : Api.anonymous().get("/api/provinces/" + province.getJsonNumber("id") + "/counties").array()) {
                names.add(((JsonObject) c).getString("nameFa"));
            }
            assertTrue(names.containsAll(expected.get(code)), "missing counties in " + code);
            counties += expected.get(code).size();
        }
        assertEquals(478, counties);
    }

    @Test
    void officeTypesAreTheTwoKinds() {
        var types = Api.anonymous().get("/api/office-types").array();
        assertEquals(Set.of("GOVERNMENT_COUNTER", "RURAL_ICT"),
                Set.copyOf(types.stream().map(t -> ((JsonObject) t).getString("code")).toList()));
    }
}
