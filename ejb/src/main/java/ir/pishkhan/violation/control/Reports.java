package ir.pishkhan.violation.control;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.calendar.control.WorkingCalendar;
import ir.pishkhan.license.entity.License;
import ir.pishkhan.shared.config.Setting;
import ir.pishkhan.violation.entity.Outcome;
import ir.pishkhan.violation.entity.ReportOrigin;
import ir.pishkhan.violation.entity.ReportRefusals;
import ir.pishkhan.violation.entity.ReportSource;
import ir.pishkhan.violation.entity.ReportStatus;
import ir.pishkhan.violation.entity.ViolationCategory;
import ir.pishkhan.violation.entity.ViolationReport;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Opens violation reports for every source — an agency's report, an accepted complaint, a failed
 * inspection item, a system check — with the first-response deadline in working days, and reads
 * an office's 12-month record for the repeat-offence ladder.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class Reports {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    WorkingCalendar calendar;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Working days the county post office has for its first response (DOMAIN: 3). */
    public static int responseDays() {
        return Setting.VIOLATION_RESPONSE_WORKING_DAYS.integer();
    }

    /** Working days an office has to defend itself after the notice. */
    public static int defenceDays() {
        return Setting.VIOLATION_DEFENCE_WORKING_DAYS.integer();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ViolationCategory category(String code) {
        ViolationCategory category = code == null ? null : em.find(ViolationCategory.class, code.trim());
        if (category == null || !category.isActive()) {
            throw ReportRefusals.categoryUnknown();
        }
        return category;
    }

    /**
     * Opens a report. Reports from a complaint or an inspection were already judged founded by the
     * post office that accepted the complaint or inspected the office: they start ACCEPTED.
     */
    public ViolationReport open(License license, ViolationCategory category, ReportOrigin origin, String description,
                                LocalDate occurredOn, String actor) {
        LocalDate today = LocalDate.now(clock);
        long province = license.getCounty().getProvince().getId();
        ViolationReport report = new ViolationReport(license, category, origin.source(), origin.agency(), description,
                occurredOn, actor, calendar.addWorkingDays(province, today, responseDays()), clock.instant());
        report.cameFrom(origin.complaintId(), origin.inspectionId());
        if (origin.foundedAlready()) {
            report.screen(true, origin.source() == ReportSource.COMPLAINT ? "از شکایت پذیرفته‌شدهٔ مردمی" : "از بازرسی دفتر",
                    actor, clock.instant());
        }
        em.persist(report);
        return audit.created(actor, "VIOLATION_REPORTED", report, null);
    }

    /** The office's decided, non-dismissed violations of the 12 months before {@code today}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SanctionLadder.Earlier> lastTwelveMonths(long licenseId, LocalDate today, Long excludingReport) {
        return em.createQuery("SELECT r.decision, r.points FROM ViolationReport r WHERE r.license.id = :l"
                        + " AND r.status = :decided AND r.decidedOn > :since AND r.decision <> :dismissed AND r.id <> :except",
                        Object[].class)
                .setParameter("l", licenseId).setParameter("decided", ReportStatus.DECIDED)
                .setParameter("since", today.minusMonths(12)).setParameter("dismissed", Outcome.DISMISSED)
                .setParameter("except", excludingReport == null ? -1L : excludingReport)
                .getResultStream().map(Reports::earlier).toList();
    }

    /**
     * The 12-month records of many offices at once, read in one query (no report entities): the
     * nightly points check asks this for a whole batch. Offices without such violations are absent.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, List<SanctionLadder.Earlier>> lastTwelveMonths(Collection<Long> licenseIds, LocalDate today) {
        if (licenseIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT r.license.id, r.decision, r.points FROM ViolationReport r WHERE r.license.id IN :ids"
                        + " AND r.status = :decided AND r.decidedOn > :since AND r.decision <> :dismissed", Object[].class)
                .setParameter("ids", licenseIds).setParameter("decided", ReportStatus.DECIDED)
                .setParameter("since", today.minusMonths(12)).setParameter("dismissed", Outcome.DISMISSED)
                .getResultStream()
                .collect(Collectors.groupingBy(row -> ((Number) row[0]).longValue(),
                        Collectors.mapping(row -> earlier(new Object[] {row[1], row[2]}), Collectors.toList())));
    }

    private static SanctionLadder.Earlier earlier(Object[] decisionAndPoints) {
        Number points = (Number) decisionAndPoints[1];
        return new SanctionLadder.Earlier((Outcome) decisionAndPoints[0], points == null ? 0 : points.intValue());
    }

    /** The sanction the ladder suggests for this report, given the office's record. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SanctionLadder.Suggestion suggest(ViolationReport report) {
        SanctionLadder ladder = SanctionLadder.configured();
        return ladder.suggest(report.getCategory().getSeverity(), report.getCategory().getPoints(),
                lastTwelveMonths(report.getLicense().getId(), LocalDate.now(clock), report.getId()));
    }
}
