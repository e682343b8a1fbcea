package ir.pishkhan.place.migration;

import ir.pishkhan.shared.text.PersianText;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 2: loads Iran's 31 provinces and their counties from the shipped reference file
 * {@code reference/iran-counties.csv} (© OpenStreetMap contributors, ODbL). The file is the
 * one source of this data; later changes to counties are made by administrators through the
 * application, never by editing this migration.
 */
public class V2__Load_provinces_and_counties extends BaseJavaMigration {

    static final String RESOURCE = "/reference/iran-counties.csv";

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<String, Long> provinceIds = new LinkedHashMap<>();
        try (InputStream in = V2__Load_provinces_and_counties.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Reference data missing: " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (header == null || !header.startsWith("province_code,")) {
                throw new IllegalStateException("Unexpected header in " + RESOURCE + ": " + header);
            }
            try (PreparedStatement insertProvince = connection.prepareStatement(
                         "INSERT INTO province (code, name_fa, name_en) VALUES (?, ?, ?)",
                         Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement insertCounty = connection.prepareStatement(
                         "INSERT INTO county (province_id, name_fa, name_en, search_key, wikidata) "
                                 + "VALUES (?, ?, ?, ?, ?)")) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String[] f = line.split(",", -1);
                    if (f.length != 6) {
                        throw new IllegalStateException("Malformed line in " + RESOURCE + ": " + line);
                    }
                    Long provinceId = provinceIds.get(f[0]);
                    if (provinceId == null) {
                        insertProvince.setString(1, f[0]);
                        insertProvince.setString(2, PersianText.normalize(f[1]));
                        insertProvince.setString(3, f[2]);
                        insertProvince.executeUpdate();
                        try (ResultSet keys = insertProvince.getGeneratedKeys()) {
                            keys.next();
                            provinceId = keys.getLong(1);
                        }
                        provinceIds.put(f[0], provinceId);
                    }
                    String nameFa = PersianText.normalize(f[3]);
                    insertCounty.setLong(1, provinceId);
                    insertCounty.setString(2, nameFa);
                    insertCounty.setString(3, f[4]);
                    insertCounty.setString(4, PersianText.searchKey(nameFa));
                    insertCounty.setString(5, f[5].isBlank() ? null : f[5]);
                    insertCounty.addBatch();
                }
                insertCounty.executeBatch();
            }
        }
    }
}
