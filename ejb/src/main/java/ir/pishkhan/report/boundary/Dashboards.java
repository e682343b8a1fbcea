package ir.pishkhan.report.boundary;

import ir.pishkhan.audit.control.AuditTerms;
import ir.pishkhan.capacity.entity.CapacityBook;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.report.control.Table;
import ir.pishkhan.revocation.entity.RevocationCase;
import ir.pishkhan.security.control.Access;
import ir.pishkhan.security.control.Caller;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.RoleSet;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.jalali.JalaliDates;
import ir.pishkhan.shared.text.PersianText;
import ir.pishkhan.shared.time.TehranDays;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The figures of the dashboards, always within the caller's reach: a clerk sees their county,
 * a province official or provincial auditor their province, national roles the country. Every
 * figure is aggregated by the database (GROUP BY), so the cost follows the number of counties,
 * not of licences or reports.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Role.POST_CLERK_NAME, Role.WG_MEMBER_NAME, Role.WG_SECRETARY_NAME, Role.PROVINCE_OFFICIAL_NAME,
        Role.AUDITOR_NAME, Role.ADMIN_NAME}) // RoleSet.COUNTY_STAFF
public class Dashboards {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Clock clock;

    /**
     * One county's capacity book for one office type; {@code overCapacity}: more offices than
     * capacity (licences brought in from an old register), nothing issued there until it falls.
     */
    public record CapacityRow(long countyId, String countyFa, String provinceFa, String officeType, String officeTypeFa,
                              int capacity, int occupied, int free, long waiting, boolean saturated, boolean overCapacity)
            implements java.io.Serializable {
    }

    /** What is on a county's desk: renewals due, open reports and complaints, late items, cases awaiting. */
    public record WorkloadRow(long countyId, String countyFa, long renewalsDue, long openReports, long openComplaints,
                              long lateItems, long casesAwaiting) implements java.io.Serializable {
    }

    /** Deadlines met per county: items whose deadline has come, and how many were handled in time. */
    public record ComplianceRow(long countyId, String countyFa, long reportsDue, long reportsOnTime, long complaintsDue,
                                long complaintsOnTime, long casesDue, long casesOnTime) implements java.io.Serializable {
        public Integer reportsPercent() {
            return percent(reportsOnTime, reportsDue);
        }

        public Integer complaintsPercent() {
            return percent(complaintsOnTime, complaintsDue);
        }

        public Integer casesPercent() {
            return percent(casesOnTime, casesDue);
        }

        private static Integer percent(long part, long whole) {
            return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
        }
    }

    /** Violations reported in one Jalali month, of one category. */
    public record ViolationMonth(String month, String categoryFa, long count) implements java.io.Serializable {
    }

    /**
     * The caller's desk at a glance, summed over every county in reach: slots, the waitlist,
     * renewals coming, open and late items, reports ready for the working group, revocation
     * cases awaiting the province.
     */
    public record Desk(int counties, long capacity, long occupied, long free, long waiting, long saturatedBooks,
                       long renewalsDue, long openReports, long openComplaints, long lateItems, long readyForAgenda,
                       long casesAwaiting, long overCapacityBooks) implements java.io.Serializable {
    }

    /** A report not screened, a complaint not answered or a revocation case not decided by its deadline. */
    public record OverdueItem(String kind, String kindFa, long id, String countyFa, String licenseNumber, String officeName,
                              LocalDate due, long daysLate) implements java.io.Serializable {
    }

    /** A working-group session still to be held, with the number of reports on its agenda. */
    public record SessionAgenda(long sessionId, String countyFa, LocalDate date, String time, String place, long items)
            implements java.io.Serializable {
    }

    /** A revocation case waiting for the province's decision. */
    public record AwaitingCase(long caseId, String countyFa, String licenseNumber, String officeName, LocalDate openedOn,
                               LocalDate due, String statusFa, boolean overdue) implements java.io.Serializable {
    }

    /** How many audited changes of one kind ({@code action}, named in Persian by {@code actionFa}) were recorded on one day. */
    public record AuditDay(LocalDate day, String action, String actionFa, long count) implements java.io.Serializable {
    }

    /** Most rows a list on the dashboard shows; the national view of a busy day can be long. */
    static final int MAX_ROWS = 1000;

    public Desk desk() {
        String reach = reach();
        List<CapacityRow> books = capacity();
        List<WorkloadRow> work = workload();
        LocalDate today = LocalDate.now(clock);
        long ready = counts("SELECT 'n', COUNT(*) FROM violation_report r JOIN county k ON k.id = r.county_id"
                + " WHERE r.status = 'NOTICE_SENT' AND r.session_id IS NULL AND r.defence_due < '" + today + "' AND " + reach)
                .getOrDefault("n", 0L);
        return new Desk(counties(reach).size(), books.stream().mapToLong(CapacityRow::capacity).sum(),
                books.stream().mapToLong(CapacityRow::occupied).sum(), books.stream().mapToLong(CapacityRow::free).sum(),
                books.stream().mapToLong(CapacityRow::waiting).sum(), books.stream().filter(CapacityRow::saturated).count(),
                work.stream().mapToLong(WorkloadRow::renewalsDue).sum(), work.stream().mapToLong(WorkloadRow::openReports).sum(),
                work.stream().mapToLong(WorkloadRow::openComplaints).sum(), work.stream().mapToLong(WorkloadRow::lateItems).sum(),
                ready, work.stream().mapToLong(WorkloadRow::casesAwaiting).sum(),
                books.stream().filter(CapacityRow::overCapacity).count());
    }

    /** Every item past its deadline in reach, the longest overdue first (at most {@value #MAX_ROWS}). */
    public List<OverdueItem> overdue() {
        String reach = reach();
        LocalDate today = LocalDate.now(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT x.kind, x.id, k.name_fa, l.number, l.office_name, x.due FROM ("
                + lateItems(today) + ") x"
                + " JOIN county k ON k.id = x.county_id JOIN license l ON l.id = x.license_id WHERE " + reach
                + " ORDER BY x.due, x.kind, x.id LIMIT " + MAX_ROWS).getResultList();
        return rows.stream().map(r -> {
            String kind = (String) r[0];
            LocalDate due = date(r[5]);
            return new OverdueItem(kind, switch (kind) {
                case "REPORT" -> "گزارش تخلف در انتظار بررسی اولیه";
                case "COMPLAINT" -> "شکایت بی‌پاسخ";
                default -> "پروندهٔ لغو در انتظار تصمیم استان";
            }, ((Number) r[1]).longValue(), (String) r[2], (String) r[3], (String) r[4], due,
                    java.time.temporal.ChronoUnit.DAYS.between(due, today));
        }).toList();
    }

    /** The working-group sessions still to be held in reach, soonest first, with their agenda size. */
    public List<SessionAgenda> upcomingSessions() {
        String reach = reach();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT s.id, k.name_fa, s.session_date, s.session_time, s.place,"
                + " (SELECT COUNT(*) FROM violation_report r WHERE r.session_id = s.id AND r.status = 'ON_AGENDA')"
                + " FROM wg_session s JOIN county k ON k.id = s.county_id WHERE s.status = 'SCHEDULED' AND s.session_date >= '"
                + LocalDate.now(clock) + "' AND " + reach + " ORDER BY s.session_date, s.session_time, s.id LIMIT " + MAX_ROWS)
                .getResultList();
        return rows.stream().map(r -> new SessionAgenda(((Number) r[0]).longValue(), (String) r[1], date(r[2]), (String) r[3],
                (String) r[4], ((Number) r[5]).longValue())).toList();
    }

    /** Revocation cases in reach waiting for the province (open or returned), the oldest deadline first. */
    public List<AwaitingCase> revocationsAwaiting() {
        String reach = reach();
        LocalDate today = LocalDate.now(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, k.name_fa, l.number, l.office_name, c.opened_at,"
                + " c.due_on, c.status FROM revocation_case c JOIN county k ON k.id = c.county_id JOIN license l"
                + " ON l.id = c.license_id WHERE c.status IN ('OPEN', 'RETURNED') AND " + reach
                + " ORDER BY c.due_on, c.id LIMIT " + MAX_ROWS).getResultList();
        return rows.stream().map(r -> {
            LocalDate due = date(r[5]);
            return new AwaitingCase(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], day(r[4]), due,
                    RevocationCase.Status.valueOf((String) r[6]).persianName(),
                    due.isBefore(today));
        }).toList();
    }

    /**
     * For auditors: audited changes per day and kind over the last {@code days} days, within the
     * auditor's province (national auditors and administrators: everywhere).
     */
    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME}) // RoleSet.AUDIT_READERS
    public List<AuditDay> auditActivity(int days) {
        return auditDays(days);
    }

    private List<AuditDay> auditDays(int days) {
        Caller.Reach r = access.caller().reach(RoleSet.AUDIT_READERS.roles());
        if (!r.everywhere() && r.provinceIds().isEmpty() && r.countyIds().isEmpty()) {
            // The export path reaches here without the method's role check: same answer as any refusal.
            throw BusinessException.forbidden();
        }
        String where = r.everywhere() ? "1 = 1" : "(a.province_id IN (" + ids(r.provinceIdsOrNone()) + ") OR a.county_id IN ("
                + ids(r.countyIdsOrNone()) + "))";
        LocalDate today = LocalDate.now(clock);
        LocalDate since = today.minusDays(Math.min(Math.max(1, days), 366) - 1L);
        // Days are Tehran's: a change at 01:00 Tehran (21:30 UTC the evening before) counts for
        // its own day. The last day is today.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + TehranDays.sqlDayOf("a.occurred_at", TehranDays.startOf(since))
                + " AS tehran_day, a.action, COUNT(*) FROM audit_record a WHERE a.occurred_at >= "
                + TehranDays.sqlStartOf(since) + " AND a.occurred_at < " + TehranDays.sqlStartOf(today.plusDays(1))
                + " AND " + where + " GROUP BY tehran_day, a.action"
                + " ORDER BY tehran_day DESC, COUNT(*) DESC, a.action").getResultList();
        return rows.stream().map(x -> new AuditDay(date(x[0]), (String) x[1], AuditTerms.action((String) x[1]),
                ((Number) x[2]).longValue())).toList();
    }

    /**
     * The items past their deadline on {@code today} (kind, id, county_id, license_id, due): a
     * report not screened, a complaint not answered, a revocation case not decided. One
     * definition for the workload's count and the overdue list, so the two always agree.
     */
    private static String lateItems(LocalDate today) {
        return "SELECT 'REPORT' AS kind, id, county_id, license_id, response_due AS due FROM violation_report"
                + " WHERE status = 'REPORTED' AND response_due < '" + today + "'"
                + " UNION ALL SELECT 'COMPLAINT', id, county_id, license_id, due_on FROM complaint"
                + " WHERE status = 'FILED' AND due_on < '" + today + "'"
                + " UNION ALL SELECT 'CASE', id, county_id, license_id, due_on FROM revocation_case"
                + " WHERE status = 'OPEN' AND due_on < '" + today + "'";
    }

    private static LocalDate date(Object v) {
        return v instanceof java.sql.Date d ? d.toLocalDate() : v instanceof LocalDate l ? l : LocalDate.parse(String.valueOf(v));
    }

    /** The Tehran day of a stored (UTC) instant column's value. */
    private static LocalDate day(Object v) {
        return TehranDays.ofStored(v instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (java.time.LocalDateTime) v);
    }

    public List<CapacityRow> capacity() {
        String reach = reach();
        @SuppressWarnings("unchecked")
        List<Object[]> books = em.createNativeQuery("SELECT k.id, k.name_fa, p.name_fa, b.office_type, b.capacity, b.occupied"
                + " FROM capacity_book b JOIN county k ON k.id = b.county_id JOIN province p ON p.id = k.province_id"
                + " WHERE " + reach + " ORDER BY p.name_fa, k.name_fa, b.office_type").getResultList();
        Map<String, Long> waiting = counts("SELECT CONCAT(a.county_id, ':', a.office_type), COUNT(*) FROM application a"
                + " JOIN county k ON k.id = a.county_id WHERE a.status = 'WAITING' AND " + reach
                + " GROUP BY a.county_id, a.office_type");
        List<CapacityRow> rows = new ArrayList<>();
        for (Object[] b : books) {
            long county = ((Number) b[0]).longValue();
            OfficeType type = OfficeType.valueOf((String) b[3]);
            int capacity = ((Number) b[4]).intValue();
            int occupied = ((Number) b[5]).intValue();
            rows.add(new CapacityRow(county, (String) b[1], (String) b[2], type.name(), type.persianName(), capacity, occupied,
                    Math.max(0, capacity - occupied), waiting.getOrDefault(county + ":" + type.name(), 0L),
                    CapacityBook.saturated(capacity, occupied), CapacityBook.overCapacity(capacity, occupied)));
        }
        return rows;
    }

    public List<WorkloadRow> workload() {
        String reach = reach();
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> renewals = counts("SELECT l.county_id, COUNT(*) FROM license l JOIN county k ON k.id = l.county_id"
                + " JOIN office_type_policy p ON p.office_type = l.office_type WHERE l.status = 'ACTIVE' AND l.expiry_date >= '"
                + today + "' AND l.expiry_date <= DATE_ADD('" + today + "', INTERVAL p.renewal_window_days DAY) AND " + reach
                + " GROUP BY l.county_id");
        Map<String, Long> reports = counts("SELECT r.county_id, COUNT(*) FROM violation_report r JOIN county k ON k.id = r.county_id"
                + " WHERE r.status NOT IN ('DECIDED', 'DISMISSED') AND " + reach + " GROUP BY r.county_id");
        Map<String, Long> complaints = counts("SELECT c.county_id, COUNT(*) FROM complaint c JOIN county k ON k.id = c.county_id"
                + " WHERE c.status = 'FILED' AND " + reach + " GROUP BY c.county_id");
        Map<String, Long> late = counts("SELECT x.county_id, COUNT(*) FROM (" + lateItems(today)
                + ") x JOIN county k ON k.id = x.county_id WHERE " + reach + " GROUP BY x.county_id");
        Map<String, Long> cases = counts("SELECT c.county_id, COUNT(*) FROM revocation_case c JOIN county k ON k.id = c.county_id"
                + " WHERE c.status IN ('OPEN', 'RETURNED') AND " + reach + " GROUP BY c.county_id");
        return counties(reach).entrySet().stream().map(e -> {
            String id = String.valueOf(e.getKey());
            return new WorkloadRow(e.getKey(), e.getValue(), renewals.getOrDefault(id, 0L), reports.getOrDefault(id, 0L),
                    complaints.getOrDefault(id, 0L), late.getOrDefault(id, 0L), cases.getOrDefault(id, 0L));
        }).filter(r -> r.renewalsDue + r.openReports + r.openComplaints + r.lateItems + r.casesAwaiting > 0 || single())
                .toList();
    }

    public List<ComplianceRow> deadlineCompliance() {
        String reach = reach();
        LocalDate today = LocalDate.now(clock);
        // "In time" means on or before the due day in Tehran, whatever the UTC date of the instant.
        Map<String, long[]> reports = pairs("SELECT r.county_id, COUNT(*), SUM(CASE WHEN r.screened_at IS NOT NULL"
                + " AND " + TehranDays.sqlDayOf("r.screened_at", null) + " <= r.response_due THEN 1 ELSE 0 END)"
                + " FROM violation_report r JOIN county k"
                + " ON k.id = r.county_id WHERE (r.screened_at IS NOT NULL OR r.response_due < '" + today + "') AND " + reach
                + " GROUP BY r.county_id");
        Map<String, long[]> complaints = pairs("SELECT c.county_id, COUNT(*), SUM(CASE WHEN c.answered_at IS NOT NULL"
                + " AND " + TehranDays.sqlDayOf("c.answered_at", null) + " <= c.due_on THEN 1 ELSE 0 END)"
                + " FROM complaint c JOIN county k ON k.id = c.county_id"
                + " WHERE (c.answered_at IS NOT NULL OR c.due_on < '" + today + "') AND " + reach + " GROUP BY c.county_id");
        Map<String, long[]> cases = pairs("SELECT c.county_id, COUNT(*), SUM(CASE WHEN c.resolved_at IS NOT NULL"
                + " AND c.status IN ('APPROVED', 'REJECTED') AND " + TehranDays.sqlDayOf("c.resolved_at", null)
                + " <= c.due_on THEN 1 ELSE 0 END)"
                + " FROM revocation_case c JOIN county k ON k.id = c.county_id WHERE ((c.resolved_at IS NOT NULL"
                + " AND c.status IN ('APPROVED', 'REJECTED')) OR c.due_on < '" + today + "') AND " + reach + " GROUP BY c.county_id");
        long[] none = {0, 0};
        return counties(reach).entrySet().stream().map(e -> {
            String id = String.valueOf(e.getKey());
            long[] r = reports.getOrDefault(id, none);
            long[] c = complaints.getOrDefault(id, none);
            long[] k = cases.getOrDefault(id, none);
            return new ComplianceRow(e.getKey(), e.getValue(), r[0], r[1], c[0], c[1], k[0], k[1]);
        }).filter(r -> r.reportsDue + r.complaintsDue + r.casesDue > 0 || single()).toList();
    }

    /** Violations reported per Jalali month and category over the last {@code months} months. */
    public List<ViolationMonth> violationsByMonth(int months) {
        String reach = reach();
        LocalDate since = LocalDate.now(clock).minusMonths(Math.min(Math.max(1, months), 36));
        @SuppressWarnings("unchecked")
        List<Object[]> days = em.createNativeQuery("SELECT " + TehranDays.sqlDayOf("r.reported_at", TehranDays.startOf(since))
                + " AS tehran_day, g.name_fa, COUNT(*) FROM violation_report r"
                + " JOIN county k ON k.id = r.county_id JOIN violation_category g ON g.code = r.category_code"
                + " WHERE r.reported_at >= " + TehranDays.sqlStartOf(since) + " AND " + reach
                + " GROUP BY tehran_day, g.name_fa").getResultList();
        Map<String, Map<String, Long>> byMonth = new TreeMap<>();
        for (Object[] d : days) {
            LocalDate day = d[0] instanceof java.sql.Date sql ? sql.toLocalDate() : LocalDate.parse(String.valueOf(d[0]));
            String month = PersianText.digitsToPersian(String.format("%04d/%02d", JalaliDates.jalaliYear(day),
                    JalaliDates.jalaliMonth(day)));
            byMonth.computeIfAbsent(month, m -> new TreeMap<>()).merge((String) d[1], ((Number) d[2]).longValue(), Long::sum);
        }
        List<ViolationMonth> rows = new ArrayList<>();
        byMonth.forEach((m, cats) -> cats.forEach((c, n) -> rows.add(new ViolationMonth(m, c, n))));
        return rows;
    }

    /** A report table by name, ready to export: capacity, workload, compliance or violations. */
    public Table table(String name) {
        return switch (name == null ? "" : name) {
            case "capacity" -> new Table(name, "ظرفیت شهرستان‌ها", List.of("استان", "شهرستان", "نوع دفتر", "ظرفیت", "اشغال",
                    "آزاد", "در صف انتظار", "اشباع"), capacity().stream().map(r -> List.<Object>of(r.provinceFa(), r.countyFa(),
                    r.officeTypeFa(), r.capacity(), r.occupied(), r.free(), r.waiting(), r.saturated())).toList());
            case "workload" -> new Table(name, "کار در جریان شهرستان‌ها", List.of("شهرستان", "تمدید در پیش", "گزارش باز",
                    "شکایت باز", "گذشته از مهلت", "پروندهٔ لغو در انتظار"), workload().stream().map(r -> List.<Object>of(
                    r.countyFa(), r.renewalsDue(), r.openReports(), r.openComplaints(), r.lateItems(), r.casesAwaiting())).toList());
            case "compliance" -> new Table(name, "رعایت مهلت‌ها", List.of("شهرستان", "گزارش‌های سررسیده", "بررسی به‌موقع",
                    "شکایت‌های سررسیده", "پاسخ به‌موقع", "پرونده‌های سررسیده", "تصمیم به‌موقع"), deadlineCompliance().stream()
                    .map(r -> List.<Object>of(r.countyFa(), r.reportsDue(), r.reportsOnTime(), r.complaintsDue(),
                            r.complaintsOnTime(), r.casesDue(), r.casesOnTime())).toList());
            case "violations" -> new Table(name, "تخلفات به تفکیک ماه", List.of("ماه", "نوع تخلف", "تعداد"),
                    violationsByMonth(12).stream().map(r -> List.<Object>of(r.month(), r.categoryFa(), r.count())).toList());
            case "overdue" -> new Table(name, "موارد گذشته از مهلت", List.of("نوع", "شهرستان", "شمارهٔ پروانه", "نام دفتر",
                    "مهلت", "روز تأخیر"), overdue().stream().map(r -> List.<Object>of(r.kindFa(), r.countyFa(), r.licenseNumber(),
                    r.officeName(), r.due(), r.daysLate())).toList());
            case "sessions" -> new Table(name, "جلسات پیش روی کارگروه", List.of("شهرستان", "تاریخ", "ساعت", "محل",
                    "گزارش‌های دستور کار"), upcomingSessions().stream().map(r -> List.<Object>of(r.countyFa(), r.date(), r.time(),
                    r.place(), r.items())).toList());
            case "revocations" -> new Table(name, "پرونده‌های لغو در انتظار تصمیم استان", List.of("شهرستان", "شمارهٔ پروانه",
                    "نام دفتر", "تاریخ تشکیل", "مهلت تصمیم", "وضعیت", "گذشته از مهلت"), revocationsAwaiting().stream()
                    .map(r -> List.<Object>of(r.countyFa(), r.licenseNumber(), r.officeName(), r.openedOn(), r.due(), r.statusFa(),
                            r.overdue())).toList());
            case "audit" -> new Table(name, "فعالیت‌های ثبت‌شده در ردپای ممیزی", List.of("روز", "نوع تغییر", "تعداد"),
                    auditDays(30).stream().map(r -> List.<Object>of(r.day(), r.actionFa(), r.count())).toList());
            default -> throw BusinessException.notFound("REPORT_NOT_FOUND", "چنین گزارشی وجود ندارد.",
                    "No such report table.");
        };
    }

    /** The SQL condition "county k within the caller's reach"; ids are numbers, so they are inlined. */
    private String reach() {
        Caller.Reach r = access.caller().reach(RoleSet.COUNTY_STAFF.roles());
        if (r.everywhere()) {
            return "1 = 1";
        }
        return "(k.province_id IN (" + ids(r.provinceIdsOrNone()) + ") OR k.id IN (" + ids(r.countyIdsOrNone()) + "))";
    }

    /** A caller who reaches a single county sees its row even when it is all zeros. */
    private boolean single() {
        Caller.Reach r = access.caller().reach(RoleSet.COUNTY_STAFF.roles());
        return !r.everywhere() && r.provinceIds().isEmpty() && r.countyIds().size() == 1;
    }

    private static String ids(java.util.Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private Map<Long, String> counties(String reach) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT k.id, k.name_fa FROM county k JOIN province p ON p.id = k.province_id"
                + " WHERE " + reach + " ORDER BY p.name_fa, k.name_fa").getResultList();
        Map<Long, String> m = new java.util.LinkedHashMap<>();
        rows.forEach(r -> m.put(((Number) r[0]).longValue(), (String) r[1]));
        return m;
    }

    private Map<String, Long> counts(String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        Map<String, Long> m = new HashMap<>();
        rows.forEach(r -> m.put(String.valueOf(r[0]), ((Number) r[1]).longValue()));
        return m;
    }

    private Map<String, long[]> pairs(String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        Map<String, long[]> m = new HashMap<>();
        rows.forEach(r -> m.put(String.valueOf(r[0]), new long[] {((Number) r[1]).longValue(),
                r[2] == null ? 0 : ((Number) r[2]).longValue()}));
        return m;
    }
}
