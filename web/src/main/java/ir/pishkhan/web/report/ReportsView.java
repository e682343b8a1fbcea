package ir.pishkhan.web.report;

import ir.pishkhan.report.boundary.Dashboards;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dashboard and reports page: capacity and saturation, the counties' workload, deadline
 * compliance and violations by month, each a table with CSV and Excel export, the first and
 * last also as charts (Chart.js configurations for PrimeFaces' p:chart).
 */
@Named
@ViewScoped
public class ReportsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
            "#7f7f7f", "#bcbd22", "#17becf", "#393b79"};

    @Inject
    Dashboards dashboards;

    private List<Dashboards.CapacityRow> capacity;
    private List<Dashboards.WorkloadRow> workload;
    private List<Dashboards.ComplianceRow> compliance;
    private List<Dashboards.ViolationMonth> violations;

    public List<Dashboards.CapacityRow> getCapacity() {
        if (capacity == null) {
            capacity = dashboards.capacity();
        }
        return capacity;
    }

    public List<Dashboards.WorkloadRow> getWorkload() {
        if (workload == null) {
            workload = dashboards.workload();
        }
        return workload;
    }

    public List<Dashboards.ComplianceRow> getCompliance() {
        if (compliance == null) {
            compliance = dashboards.deadlineCompliance();
        }
        return compliance;
    }

    public List<Dashboards.ViolationMonth> getViolations() {
        if (violations == null) {
            violations = dashboards.violationsByMonth(12);
        }
        return violations;
    }

    public long getSaturatedCount() {
        return getCapacity().stream().filter(Dashboards.CapacityRow::saturated).count();
    }

    /** Bar chart: occupied and free slots of the 30 most saturated books. */
    public String getCapacityChart() {
        List<Dashboards.CapacityRow> rows = new ArrayList<>(getCapacity());
        rows.sort((a, b) -> Double.compare(ratio(b), ratio(a)));
        rows = rows.subList(0, Math.min(30, rows.size()));
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder occupied = Json.createArrayBuilder();
        JsonArrayBuilder free = Json.createArrayBuilder();
        for (Dashboards.CapacityRow r : rows) {
            labels.add(r.countyFa() + " (" + r.officeTypeFa() + ")");
            occupied.add(r.occupied());
            free.add(r.free());
        }
        return chart("bar", labels, Json.createArrayBuilder()
                .add(dataset("اشغال", "#d62728", occupied))
                .add(dataset("آزاد", "#2ca02c", free)), true);
    }

    /** Stacked bars: violations per Jalali month, one colour per category. */
    public String getViolationsChart() {
        Set<String> months = new LinkedHashSet<>();
        Map<String, Map<String, Long>> byCategory = new LinkedHashMap<>();
        for (Dashboards.ViolationMonth v : getViolations()) {
            months.add(v.month());
            byCategory.computeIfAbsent(v.categoryFa(), c -> new LinkedHashMap<>()).put(v.month(), v.count());
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        months.forEach(labels::add);
        JsonArrayBuilder sets = Json.createArrayBuilder();
        int i = 0;
        for (Map.Entry<String, Map<String, Long>> e : byCategory.entrySet()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            months.forEach(m -> data.add(e.getValue().getOrDefault(m, 0L)));
            sets.add(dataset(e.getKey(), COLOURS[i++ % COLOURS.length], data));
        }
        return chart("bar", labels, sets, true);
    }

    private static JsonObjectBuilder axis(boolean stacked) {
        return Json.createObjectBuilder().add("stacked", stacked)
                .add("ticks", Json.createObjectBuilder().add("font", Json.createObjectBuilder().add("family", "Vazirmatn")));
    }

    private static double ratio(Dashboards.CapacityRow r) {
        return r.capacity() == 0 ? 1 : (double) r.occupied() / r.capacity();
    }

    static JsonObjectBuilder dataset(String label, String colour, JsonArrayBuilder data) {
        return Json.createObjectBuilder().add("label", label).add("backgroundColor", colour).add("data", data);
    }

    static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean stacked) {
        // Right to left: the first label at the right, the value axis on the right. The fa-IR locale
        // makes Chart.js write the axes' and tooltips' numbers with Persian digits and grouping.
        JsonObjectBuilder x = axis(stacked).add("reverse", true);
        JsonObjectBuilder y = Json.createObjectBuilder().add("stacked", stacked).add("position", "right").add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0)
                        .add("font", Json.createObjectBuilder().add("family", "Vazirmatn")));
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("locale", "fa-IR").add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder()
                                .add("rtl", true).add("labels", Json.createObjectBuilder().add("font",
                                        Json.createObjectBuilder().add("family", "Vazirmatn")))))
                        .add("scales", Json.createObjectBuilder().add("x", x).add("y", y)))
                .build().toString();
    }
}
