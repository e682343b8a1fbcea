package ir.pishkhan.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.report.boundary.Dashboards;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's charts as the province official sees them: the worst counties first, right to left, in Persian. */
class ReportsViewTest {

    static Dashboards.CapacityRow row(String county, int capacity, int occupied) {
        return new Dashboards.CapacityRow(1, county, "فارس", "GOVERNMENT_COUNTER", "پیشخوان", capacity, occupied,
                capacity - occupied, 0, occupied >= capacity, occupied > capacity);
    }

    static ReportsView view(List<Dashboards.CapacityRow> capacity, List<Dashboards.ViolationMonth> violations) {
        ReportsView v = new ReportsView();
        v.dashboards = new Dashboards() {
            @Override
            public List<CapacityRow> capacity() {
                return capacity;
            }

            @Override
            public List<ViolationMonth> violationsByMonth(int months) {
                return violations;
            }
        };
        return v;
    }

    static JsonObject parse(String chart) {
        return Json.createReader(new StringReader(chart)).readObject();
    }

    @Test
    void theCapacityChartPutsTheMostSaturatedCountiesFirstAndShowsAtMostThirty() {
        List<Dashboards.CapacityRow> rows = new ArrayList<>();
        rows.add(row("شیراز", 10, 2));
        rows.add(row("کوار", 3, 3));
        rows.add(row("خالی", 0, 0));
        rows.add(row("مرودشت", 4, 3));
        for (int i = 0; i < 40; i++) {
            rows.add(row("شهرستان " + i, 100, 1));
        }
        ReportsView view = view(rows, List.of());

        JsonObject data = parse(view.getCapacityChart()).getJsonObject("data");
        JsonArray labels = data.getJsonArray("labels");
        assertEquals(30, labels.size());
        assertEquals("کوار (پیشخوان)", labels.getString(0));
        assertEquals("خالی (پیشخوان)", labels.getString(1), "a county without slots counts as full");
        assertEquals("مرودشت (پیشخوان)", labels.getString(2));
        assertEquals("شیراز (پیشخوان)", labels.getString(3));
        JsonArray sets = data.getJsonArray("datasets");
        assertEquals("اشغال", sets.getJsonObject(0).getString("label"));
        assertEquals(3, sets.getJsonObject(0).getJsonArray("data").getInt(0));
        assertEquals("آزاد", sets.getJsonObject(1).getString("label"));
        assertEquals(0, sets.getJsonObject(1).getJsonArray("data").getInt(0));
        assertEquals(2, view.getSaturatedCount());
    }

    @Test
    void theViolationsChartHasOneSeriesPerCategoryWithAZeroForAMonthWithoutReports() {
        ReportsView view = view(List.of(), List.of(new Dashboards.ViolationMonth("۱۴۰۴/۰۶", "اضافه‌دریافت", 2),
                new Dashboards.ViolationMonth("۱۴۰۴/۰۷", "اضافه‌دریافت", 1),
                new Dashboards.ViolationMonth("۱۴۰۴/۰۷", "نقض حریم داده", 4)));

        JsonObject chart = parse(view.getViolationsChart());
        JsonObject data = chart.getJsonObject("data");
        assertEquals(List.of("۱۴۰۴/۰۶", "۱۴۰۴/۰۷"), data.getJsonArray("labels").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        JsonArray sets = data.getJsonArray("datasets");
        assertEquals(2, sets.size());
        assertEquals("اضافه‌دریافت", sets.getJsonObject(0).getString("label"));
        assertEquals("[2,1]", sets.getJsonObject(0).getJsonArray("data").toString());
        assertEquals("نقض حریم داده", sets.getJsonObject(1).getString("label"));
        assertEquals("[0,4]", sets.getJsonObject(1).getJsonArray("data").toString());
        assertTrue(!sets.getJsonObject(0).getString("backgroundColor").equals(sets.getJsonObject(1).getString("backgroundColor")),
                "each category its own colour");
    }

    @Test
    void chartsReadRightToLeftWithPersianNumbers() {
        JsonObject chart = parse(ReportsView.chart("bar", Json.createArrayBuilder().add("الف"), Json.createArrayBuilder(), true));
        JsonObject options = chart.getJsonObject("options");
        assertEquals("fa-IR", options.getString("locale"), "Chart.js writes numbers with Persian digits");
        assertTrue(options.getJsonObject("plugins").getJsonObject("legend").getBoolean("rtl"));
        String all = chart.toString();
        assertTrue(all.contains("\"reverse\":true"), "the first label at the right: " + all);
        assertTrue(all.contains("\"position\":\"right\""), "the value axis on the right: " + all);
        assertTrue(all.contains("Vazirmatn"), all);
    }
}
