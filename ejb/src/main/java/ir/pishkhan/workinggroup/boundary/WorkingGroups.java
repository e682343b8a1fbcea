package ir.pishkhan.workinggroup.boundary;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.calendar.control.WorkingCalendar;
import ir.pishkhan.license.entity.License;
import ir.pishkhan.notification.control.Outbox;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.revocation.entity.RevocationCase;
import ir.pishkhan.security.control.Access;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.ScopeType;
import ir.pishkhan.shared.config.Setting;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.jalali.JalaliDates;
import ir.pishkhan.violation.boundary.ReportRefusals;
import ir.pishkhan.violation.boundary.Violations;
import ir.pishkhan.violation.entity.Outcome;
import ir.pishkhan.violation.entity.ReportStatus;
import ir.pishkhan.violation.entity.ViolationReport;
import ir.pishkhan.workinggroup.control.MinutesData;
import ir.pishkhan.workinggroup.control.MinutesRenderer;
import ir.pishkhan.workinggroup.control.Quorum;
import ir.pishkhan.workinggroup.entity.Vote;
import ir.pishkhan.workinggroup.entity.WgSession;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The county working group's work: the secretary schedules sessions, sets their agendas and
 * records attendance; members vote; the secretary records the decision, which needs the quorum
 * present, every present member's vote, a majority for the outcome and a written rationale.
 * A suspension takes effect at once; a revocation recommendation opens a case for the province.
 */
@Stateless
public class WorkingGroups {

    /** Who reads sessions, agendas and votes of their county. */
    static final Role[] READERS = Violations.READERS;

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    WorkingCalendar calendar;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A member of a county's working group. */
    public record Member(String username, String displayName) implements java.io.Serializable {
    }

    /** A session with its agenda, for the session screen and the API. */
    public record SessionView(WgSession session, List<Member> members, int quorum, List<ViolationReport> agenda,
                              Map<Long, List<Vote>> votes) implements java.io.Serializable {
    }

    @RolesAllowed(Role.WG_SECRETARY_NAME)
    public WgSession schedule(long countyId, LocalDate date, String time, String place) {
        County county = access.county(countyId, Role.WG_SECRETARY);
        if (date != null && date.isBefore(LocalDate.now(clock))) {
            throw BusinessException.invalid("SESSION_IN_PAST", "تاریخ جلسه نمی‌تواند گذشته باشد.",
                    "A session cannot be scheduled in the past.");
        }
        WgSession session = new WgSession(county, date, time, place, access.actor(), clock.instant());
        em.persist(session);
        em.flush();
        record("WG_SESSION_SCHEDULED", session, null, null);
        return session;
    }

    @RolesAllowed({Role.POST_CLERK_NAME, Role.WG_MEMBER_NAME, Role.WG_SECRETARY_NAME, Role.PROVINCE_OFFICIAL_NAME,
            Role.AUDITOR_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<WgSession> sessions(long countyId) {
        access.county(countyId, READERS);
        return em.createQuery("SELECT s FROM WgSession s WHERE s.county.id = :c ORDER BY s.date DESC, s.id DESC",
                WgSession.class).setParameter("c", countyId).setMaxResults(100).getResultList();
    }

    @RolesAllowed({Role.POST_CLERK_NAME, Role.WG_MEMBER_NAME, Role.WG_SECRETARY_NAME, Role.PROVINCE_OFFICIAL_NAME,
            Role.AUDITOR_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SessionView session(long sessionId) {
        WgSession session = access.inScope(em.find(WgSession.class, sessionId), WgSession::getCounty,
                WorkingGroups::sessionNotFound, READERS);
        List<Member> members = members(session.getCounty().getId());
        List<ViolationReport> agenda = em.createQuery("SELECT r FROM ViolationReport r WHERE r.sessionId = :s ORDER BY r.id",
                ViolationReport.class).setParameter("s", sessionId).getResultList();
        Map<Long, List<Vote>> votes = new LinkedHashMap<>();
        if (!agenda.isEmpty()) {
            em.createQuery("SELECT v FROM Vote v WHERE v.reportId IN :ids ORDER BY v.username", Vote.class)
                    .setParameter("ids", agenda.stream().map(ViolationReport::getId).toList()).getResultList()
                    .forEach(v -> votes.computeIfAbsent(v.getReportId(), k -> new java.util.ArrayList<>()).add(v));
        }
        return new SessionView(session, members, Quorum.of(members.size()), agenda, votes);
    }

    /** The county's working-group members: enabled accounts with a WG_MEMBER grant for it. */
    @RolesAllowed({Role.POST_CLERK_NAME, Role.WG_MEMBER_NAME, Role.WG_SECRETARY_NAME, Role.PROVINCE_OFFICIAL_NAME,
            Role.AUDITOR_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Member> members(long countyId) {
        access.county(countyId, READERS);
        return em.createQuery("SELECT DISTINCT u.username, u.displayName FROM UserAccount u JOIN u.grants g"
                        + " WHERE u.enabled = TRUE AND g.role = :role AND g.scopeType = :scope AND g.scopeRef = :c"
                        + " ORDER BY u.username", Object[].class)
                .setParameter("role", Role.WG_MEMBER).setParameter("scope", ScopeType.COUNTY).setParameter("c", countyId)
                .getResultStream().map(r -> new Member((String) r[0], (String) r[1])).toList();
    }

    /** Puts a report whose notice was sent on the session's agenda (or moves it there). */
    @RolesAllowed(Role.WG_SECRETARY_NAME)
    public ViolationReport addToAgenda(long sessionId, long reportId) {
        WgSession session = lockSession(sessionId);
        ViolationReport report = em.find(ViolationReport.class, reportId, LockModeType.PESSIMISTIC_WRITE);
        if (report == null || !report.getCounty().getId().equals(session.getCounty().getId())) {
            throw BusinessException.notFound("REPORT_NOT_FOUND", "این گزارش در این شهرستان یافت نشد.",
                    "No such report in this county.");
        }
        Map<String, Object> before = report.snapshot();
        report.putOnAgenda(session.getId());
        em.flush();
        audit.record(new AuditLog.Change("VIOLATION_ON_AGENDA", "ViolationReport", report.getId(),
                session.getCounty().getProvince().getId(), session.getCounty().getId(), before, report.snapshot(), null));
        return report;
    }

    /** Records who of the county's members attended; anyone not a member is refused. */
    @RolesAllowed(Role.WG_SECRETARY_NAME)
    public WgSession recordAttendance(long sessionId, Collection<String> present) {
        WgSession session = lockSession(sessionId);
        Set<String> members = members(session.getCounty().getId()).stream().map(Member::username)
                .collect(Collectors.toSet());
        Set<String> given = present == null ? Set.of() : Set.copyOf(present);
        List<String> strangers = given.stream().filter(u -> !members.contains(u)).sorted().toList();
        if (!strangers.isEmpty()) {
            throw BusinessException.invalid("NOT_A_MEMBER", "این افراد عضو کارگروه این شهرستان نیستند: " + strangers,
                    "Not members of this county's working group: " + strangers);
        }
        Map<String, Object> before = session.snapshot();
        Map<String, Boolean> attendance = new TreeMap<>();
        members.forEach(m -> attendance.put(m, given.contains(m)));
        session.recordAttendance(attendance);
        em.flush();
        record("WG_ATTENDANCE_RECORDED", session, before, null);
        return session;
    }

    /** A member present at the session votes on a report of its agenda (or changes the vote). */
    @RolesAllowed(Role.WG_MEMBER_NAME)
    public Vote vote(long reportId, Outcome outcome, Integer suspensionDays) {
        ViolationReport report = access.inScope(em.find(ViolationReport.class, reportId, LockModeType.PESSIMISTIC_WRITE),
                ViolationReport::getCounty, ReportRefusals::notFound, Role.WG_MEMBER);
        if (report.getStatus() != ReportStatus.ON_AGENDA) {
            throw BusinessException.rule("NOT_ON_AGENDA", "این گزارش در دستور کار جلسه نیست؛ رأی‌گیری ممکن نیست.",
                    "The report is not on an agenda; there is nothing to vote on.");
        }
        if (outcome == null) {
            throw BusinessException.invalid("OUTCOME_REQUIRED", "رأی خود را انتخاب کنید.", "Choose your vote.");
        }
        if (outcome == Outcome.SUSPENSION && (suspensionDays == null || suspensionDays < 1 || suspensionDays > 365)) {
            throw BusinessException.invalid("SUSPENSION_DAYS_INVALID", "مدت تعلیق باید بین ۱ و ۳۶۵ روز باشد.",
                    "A suspension lasts 1 to 365 days.");
        }
        String me = access.actor();
        WgSession session = em.find(WgSession.class, report.getSessionId());
        if (!session.isPresent(me)) {
            throw BusinessException.rule("NOT_PRESENT", "حضور شما در این جلسه ثبت نشده است؛ فقط اعضای حاضر رأی می‌دهند.",
                    "Only members recorded as present at the session vote.");
        }
        Vote vote = em.find(Vote.class, new Vote.Key(reportId, me));
        if (vote == null) {
            vote = new Vote(reportId, me, outcome, suspensionDays, clock.instant());
            em.persist(vote);
        } else {
            vote.change(outcome, suspensionDays, clock.instant());
        }
        em.flush();
        audit.record(new AuditLog.Change("WG_VOTE_CAST", "ViolationReport", reportId, report.getCounty().getProvince().getId(),
                report.getCounty().getId(), null, Map.of("member", me, "vote", outcome.name()), null));
        return vote;
    }

    /**
     * Records the working group's decision on a report of the agenda. Refused without the
     * quorum present, while a present member has not voted, when the outcome lacks a majority of
     * the votes, or before the office's defence is settled.
     */
    @RolesAllowed(Role.WG_SECRETARY_NAME)
    public ViolationReport decide(long reportId, long expectedVersion, Outcome outcome, Integer suspensionDays,
                                  String rationale) {
        ViolationReport report = access.inScope(em.find(ViolationReport.class, reportId, LockModeType.PESSIMISTIC_WRITE),
                ViolationReport::getCounty, ReportRefusals::notFound, Role.WG_SECRETARY);
        if (report.getVersion() != expectedVersion) {
            throw ReportRefusals.staleVersion();
        }
        if (report.getStatus() != ReportStatus.ON_AGENDA) {
            throw BusinessException.rule("NOT_ON_AGENDA", "این گزارش در دستور کار جلسه نیست؛ تصمیم‌گیری ممکن نیست.",
                    "The report is not on an agenda.");
        }
        County county = report.getCounty();
        WgSession session = em.find(WgSession.class, report.getSessionId(), LockModeType.PESSIMISTIC_WRITE);
        int members = members(county.getId()).size();
        int quorum = Quorum.of(members);
        long present = session.presentCount();
        if (members == 0 || present < quorum) {
            throw BusinessException.rule("NO_QUORUM",
                    "حد نصاب جلسه فراهم نیست: " + present + " عضو حاضر از " + members + " عضو (حد نصاب " + quorum + ").",
                    "No quorum: " + present + " of " + members + " members present, " + quorum + " needed.");
        }
        Map<String, Vote> votes = em.createQuery("SELECT v FROM Vote v WHERE v.reportId = :r", Vote.class)
                .setParameter("r", reportId).getResultStream().filter(v -> session.isPresent(v.getUsername()))
                .collect(Collectors.toMap(Vote::getUsername, v -> v));
        List<String> notVoted = session.getAttendance().entrySet().stream().filter(Map.Entry::getValue)
                .map(Map.Entry::getKey).filter(u -> !votes.containsKey(u)).sorted().toList();
        if (!notVoted.isEmpty()) {
            throw BusinessException.rule("VOTES_MISSING", "رأی این اعضای حاضر ثبت نشده است: " + String.join("، ", notVoted),
                    "Present members who have not voted: " + notVoted);
        }
        LocalDate today = LocalDate.now(clock);
        report.requireDefenceSettled(today);
        Map<Outcome, Long> tally = new EnumMap<>(Outcome.class);
        votes.values().forEach(v -> tally.merge(v.getVote(), 1L, Long::sum));
        if (outcome == null || tally.getOrDefault(outcome, 0L) * 2 <= votes.size()) {
            throw BusinessException.rule("NO_MAJORITY",
                    "تصمیم باید رأی اکثریت اعضای حاضر را داشته باشد؛ آرا: " + tally.entrySet().stream()
                            .map(e -> e.getKey().persianName() + " " + e.getValue()).collect(Collectors.joining("، ")),
                    "The decision must have the votes of a majority of the members present; votes: " + tally);
        }
        Map<String, Object> before = report.snapshot();
        report.decide(outcome, suspensionDays, rationale, access.actor(), today, clock.instant());
        em.flush();
        audit.record(new AuditLog.Change("VIOLATION_DECIDED", "ViolationReport", report.getId(),
                county.getProvince().getId(), county.getId(), before, report.snapshot(), report.getRationale()));
        License license = report.getLicense();
        if (outcome == Outcome.SUSPENSION) {
            em.refresh(license, LockModeType.PESSIMISTIC_WRITE);
            Map<String, Object> licenseBefore = license.snapshot();
            license.suspend(today.plusDays(suspensionDays - 1L), "تصمیم کارگروه، گزارش " + report.getId(), access.actor(),
                    clock.instant());
            em.flush();
            audit.record(new AuditLog.Change("LICENSE_SUSPENDED", "License", license.getNumber(),
                    county.getProvince().getId(), county.getId(), licenseBefore, license.snapshot(), report.getRationale()));
        } else if (outcome == Outcome.REVOCATION_RECOMMENDED) {
            RevocationCase revocation = new RevocationCase(report.getId(), license, calendar.addWorkingDays(
                    county.getProvince().getId(), today, Setting.REVOCATION_DECISION_WORKING_DAYS.integer()),
                    clock.instant());
            em.persist(revocation);
            em.flush();
            audit.record(new AuditLog.Change("REVOCATION_CASE_OPENED", "RevocationCase", revocation.getId(),
                    county.getProvince().getId(), county.getId(), null, revocation.snapshot(), null));
            outbox.queue("REVOCATION_CASE_OPENED:" + revocation.getId() + ":province",
                    new Outbox.Recipient("province:" + county.getProvince().getId(),
                            ir.pishkhan.notification.entity.Notification.Channel.INBOX),
                    "REVOCATION_CASE_OPENED", Map.of("licenseNumber", license.getNumber(), "county", county.getNameFa(),
                            "dueOn", JalaliDates.format(revocation.getDueOn())));
        }
        if (outcome != Outcome.DISMISSED) {
            outbox.queue("VIOLATION_DECIDED:" + report.getId() + ":holder", Outbox.Recipient.mobile(license.getHolder().getPhone()),
                    "VIOLATION_DECIDED", Map.of("licenseNumber", license.getNumber(), "decision", outcome.persianName()));
        }
        return report;
    }

    /** The session's minutes (صورت‌جلسه) as a Persian PDF: attendance, each agenda item, its votes and decision. */
    @RolesAllowed({Role.POST_CLERK_NAME, Role.WG_MEMBER_NAME, Role.WG_SECRETARY_NAME, Role.PROVINCE_OFFICIAL_NAME,
            Role.AUDITOR_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public byte[] minutes(long sessionId) {
        SessionView view = session(sessionId);
        WgSession s = view.session();
        Map<String, String> names = new TreeMap<>();
        view.members().forEach(m -> names.put(m.username(), m.displayName()));
        String secretary = em.createQuery("SELECT u.displayName FROM UserAccount u WHERE u.username = :u", String.class)
                .setParameter("u", s.getCreatedBy()).getResultStream().findFirst().orElse(s.getCreatedBy());
        List<MinutesData.Attendee> attendees = view.members().stream()
                .map(m -> new MinutesData.Attendee(m.displayName(), s.isPresent(m.username()))).toList();
        List<MinutesData.Item> items = view.agenda().stream().map(r -> new MinutesData.Item(r.getId(),
                r.getLicense().getNumber(), r.getLicense().getOfficeName(), r.getCategory().getNameFa(),
                r.getCategory().getSeverity().persianName(), r.getDefenceText(),
                view.votes().getOrDefault(r.getId(), List.of()).stream().map(v -> new MinutesData.Vote(
                        names.getOrDefault(v.getUsername(), v.getUsername()), v.getVote().persianName()
                        + (v.getSuspensionDays() == null ? "" : " (" + v.getSuspensionDays() + " روز)"))).toList(),
                r.getDecision() == null ? null : r.getDecision().persianName()
                        + (r.getSuspensionDays() == null ? "" : " (" + r.getSuspensionDays() + " روز)"),
                r.getRationale())).toList();
        return new MinutesRenderer().render(new MinutesData(s.getCounty().getNameFa(), s.getCounty().getProvince().getNameFa(),
                s.getDate(), s.getTime(), s.getPlace(), secretary, view.members().size(), view.quorum(), attendees, items,
                clock.instant()));
    }

    private WgSession lockSession(long sessionId) {
        return access.inScope(em.find(WgSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE), WgSession::getCounty,
                WorkingGroups::sessionNotFound, Role.WG_SECRETARY);
    }

    private void record(String action, WgSession s, Map<String, Object> before, String reason) {
        audit.record(new AuditLog.Change(action, "WgSession", s.getId(), s.getCounty().getProvince().getId(),
                s.getCounty().getId(), before, s.snapshot(), reason));
    }

    static BusinessException sessionNotFound() {
        return BusinessException.notFound("SESSION_NOT_FOUND", "جلسه یافت نشد.", "Session not found.");
    }
}
