package ir.pishkhan.workinggroup.boundary;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.calendar.control.WorkingCalendar;
import ir.pishkhan.license.entity.License;
import ir.pishkhan.notification.control.Outbox;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.revocation.entity.RevocationCase;
import ir.pishkhan.security.control.Access;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.RoleSet;
import ir.pishkhan.security.entity.ScopeType;
import ir.pishkhan.shared.config.Setting;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.jalali.JalaliDates;
import ir.pishkhan.shared.text.PersianNumbers;
import ir.pishkhan.violation.entity.Outcome;
import ir.pishkhan.violation.entity.ReportRefusals;
import ir.pishkhan.violation.entity.Ruling;
import ir.pishkhan.violation.entity.ViolationReport;
import ir.pishkhan.shared.pdf.PersianPdf;
import ir.pishkhan.workinggroup.control.MinutesData;
import ir.pishkhan.workinggroup.control.MinutesJson;
import ir.pishkhan.workinggroup.control.MinutesRenderer;
import ir.pishkhan.workinggroup.control.Deliberation;
import ir.pishkhan.workinggroup.control.Quorum;
import ir.pishkhan.workinggroup.control.Voting;
import ir.pishkhan.workinggroup.entity.Ballot;
import ir.pishkhan.workinggroup.entity.Vote;
import ir.pishkhan.workinggroup.entity.WgSession;
import ir.pishkhan.workinggroup.entity.WorkingGroupRefusals;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
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
 *
 * <p>Each decision freezes the session's minutes ({@link MinutesData#frozen}): from then on the
 * session's members, attendance and quorum are those the minutes state, and every copy of the
 * minutes is rendered from that record; the SHA-256 of its PDF is kept in the decision's audit
 * record.
 */
@Stateless
@RolesAllowed({Role.POST_CLERK_NAME, Role.WG_MEMBER_NAME, Role.WG_SECRETARY_NAME, Role.PROVINCE_OFFICIAL_NAME,
        Role.AUDITOR_NAME, Role.ADMIN_NAME}) // RoleSet.COUNTY_STAFF
public class WorkingGroups {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(WorkingGroups.class.getName());

    private static final MinutesRenderer RENDERER = new MinutesRenderer();

    /** Who reads sessions, agendas and votes of their county. */
    private static final Role[] READERS = RoleSet.COUNTY_STAFF.roles();

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

    /**
     * A session with its agenda, for the session screen and the API. Members, quorum and the
     * number present are those of the frozen minutes once the session has decided, else today's;
     * {@code minutesSha256} is the SHA-256 of the frozen minutes' PDF (null before a decision).
     */
    public record SessionView(WgSession session, List<Member> members, int quorum, List<ViolationReport> agenda,
                              Map<Long, List<Vote>> votes, long present, String minutesSha256) implements java.io.Serializable {
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
        return audit.created("WG_SESSION_SCHEDULED", session, null);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<WgSession> sessions(long countyId) {
        access.county(countyId, READERS);
        return em.createQuery("SELECT s FROM WgSession s WHERE s.county.id = :c ORDER BY s.date DESC, s.id DESC",
                WgSession.class).setParameter("c", countyId).setMaxResults(100).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SessionView session(long sessionId) {
        WgSession session = access.inScope(em.find(WgSession.class, sessionId), WgSession::getCounty,
                WorkingGroupRefusals::sessionNotFound, READERS);
        MinutesData sitting = sitting(session);
        List<Member> members = sitting.attendees().stream().map(a -> new Member(a.username(), a.displayName())).toList();
        List<ViolationReport> agenda = em.createQuery("SELECT r FROM ViolationReport r WHERE r.sessionId = :s ORDER BY r.id",
                ViolationReport.class).setParameter("s", sessionId).getResultList();
        Map<Long, List<Vote>> votes = new LinkedHashMap<>();
        if (!agenda.isEmpty()) {
            em.createQuery("SELECT v FROM Vote v WHERE v.reportId IN :ids ORDER BY v.username", Vote.class)
                    .setParameter("ids", agenda.stream().map(ViolationReport::getId).toList()).getResultList()
                    .forEach(v -> votes.computeIfAbsent(v.getReportId(), k -> new java.util.ArrayList<>()).add(v));
        }
        return new SessionView(session, members, sitting.quorum(), agenda, votes, sitting.presentCount(),
                session.getMinutesSha256());
    }

    /** The county's working-group members: enabled accounts with a WG_MEMBER grant for it. */
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
            throw ReportRefusals.notInCounty();
        }
        return audit.change("VIOLATION_ON_AGENDA", report, null, r -> r.putOnAgenda(session.getId()));
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
        Map<String, Boolean> attendance = new TreeMap<>();
        members.forEach(m -> attendance.put(m, given.contains(m)));
        return audit.change("WG_ATTENDANCE_RECORDED", session, null, s -> s.recordAttendance(attendance));
    }

    /** A member present at the session votes on a report of its agenda (or changes the vote). */
    @RolesAllowed(Role.WG_MEMBER_NAME)
    public Vote vote(long reportId, Outcome outcome, Integer suspensionDays) {
        ViolationReport report = access.inScope(em.find(ViolationReport.class, reportId, LockModeType.PESSIMISTIC_WRITE),
                ViolationReport::getCounty, ReportRefusals::notFound, Role.WG_MEMBER);
        String me = access.actor();
        WgSession session = report.getSessionId() == null ? null : em.find(WgSession.class, report.getSessionId());
        Vote earlier = em.find(Vote.class, new Vote.Key(reportId, me));
        Vote vote = Voting.cast(report, session, earlier, me, new Ballot(outcome, suspensionDays), clock.instant());
        if (earlier == null) {
            em.persist(vote);
        }
        em.flush();
        audit.record(new AuditLog.Change("WG_VOTE_CAST", report.auditType(), reportId, report.auditProvinceId(),
                report.auditCountyId(), null, Map.of("member", me, "vote", outcome.name()), null));
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
        report.requireVersion(expectedVersion);
        Deliberation.requireOnAgenda(report);
        WgSession session = em.find(WgSession.class, report.getSessionId(), LockModeType.PESSIMISTIC_WRITE);
        // Once the session has decided, its members, attendance and quorum are those of its minutes.
        Deliberation deliberation = Deliberation.of(sitting(session), em.createQuery(
                "SELECT v FROM Vote v WHERE v.reportId = :r", Vote.class).setParameter("r", reportId).getResultList());
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> before = report.snapshot();
        deliberation.decide(report, new Ruling(outcome, suspensionDays, rationale), access.actor(), today, clock.instant());
        em.flush();
        String minutesSha256 = freezeMinutes(session, report.getDecidedAt());
        Map<String, Object> after = new LinkedHashMap<>(report.snapshot());
        after.put("sessionId", session.getId());
        after.put("minutesSha256", minutesSha256);
        audit.record(new AuditLog.Change("VIOLATION_DECIDED", report.auditType(), report.getId(),
                report.auditProvinceId(), report.auditCountyId(), before, after, report.getRationale()));
        License license = report.getLicense();
        if (outcome == Outcome.SUSPENSION) {
            suspend(license, report, today);
        } else if (outcome == Outcome.REVOCATION_RECOMMENDED) {
            openRevocationCase(license, report, today);
        }
        if (outcome != Outcome.DISMISSED) {
            outbox.queue("VIOLATION_DECIDED:" + report.getId() + ":holder", Outbox.Recipient.mobile(license.getHolder().getPhone()),
                    "VIOLATION_DECIDED", Map.of("licenseNumber", license.getNumber(), "decision", outcome.persianName()));
        }
        return report;
    }

    /** A suspension decided: the licence is suspended at once, until today + days − 1. */
    private void suspend(License license, ViolationReport report, LocalDate today) {
        em.refresh(license, LockModeType.PESSIMISTIC_WRITE);
        audit.change("LICENSE_SUSPENDED", license, report.getRationale(), l -> l.suspend(
                today.plusDays(report.getSuspensionDays() - 1L), "تصمیم کارگروه، گزارش " + PersianNumbers.digits(report.getId()),
                access.actor(), clock.instant()));
    }

    /** A revocation recommended: a case for the province, due in working days, and the province told. */
    private void openRevocationCase(License license, ViolationReport report, LocalDate today) {
        County county = report.getCounty();
        RevocationCase revocation = new RevocationCase(report.getId(), license, calendar.addWorkingDays(
                county.getProvince().getId(), today, Setting.REVOCATION_DECISION_WORKING_DAYS.integer()),
                clock.instant());
        em.persist(revocation);
        audit.created("REVOCATION_CASE_OPENED", revocation, null);
        outbox.queue("REVOCATION_CASE_OPENED:" + revocation.getId() + ":province",
                new Outbox.Recipient("province:" + county.getProvince().getId(),
                        ir.pishkhan.notification.entity.Notification.Channel.INBOX),
                "REVOCATION_CASE_OPENED", Map.of("licenseNumber", license.getNumber(), "county", county.getNameFa(),
                        "dueOn", JalaliDates.format(revocation.getDueOn())));
    }


    /**
     * The session's minutes (صورت‌جلسه) as a Persian PDF: attendance, each agenda item, its votes
     * and decision. Once the session has decided, rendered from the record its latest decision
     * froze (the same bytes every time); before that, a draft from today's data.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public byte[] minutes(long sessionId) {
        WgSession s = access.inScope(em.find(WgSession.class, sessionId), WgSession::getCounty,
                WorkingGroupRefusals::sessionNotFound, READERS);
        java.util.Optional<MinutesData> frozen = s.frozenMinutes().map(MinutesJson::read);
        if (frozen.isEmpty()) {
            return RENDERER.render(minutesNow(s, clock.instant()));
        }
        byte[] pdf = RENDERER.render(frozen.get());
        if (!PersianPdf.sha256Hex(pdf).equals(s.getMinutesSha256())) {
            // Same record, other bytes: the renderer or its font changed since the decision. The
            // text is still the record's; the audit trail's SHA-256 no longer matches this copy.
            LOG.warning(() -> "The minutes of session " + sessionId + " no longer render to the SHA-256 kept at its decision");
        }
        return pdf;
    }

    /**
     * Freezes the minutes as they stand after a decision taken {@code at}: the members,
     * attendance and quorum already frozen (or today's at the first decision), every decided item
     * with its votes. Returns the SHA-256 of the minutes' PDF.
     */
    private String freezeMinutes(WgSession session, Instant at) {
        MinutesData earlier = session.frozenMinutes().map(MinutesJson::read).orElse(null);
        MinutesData record = MinutesData.frozen(earlier, minutesNow(session, at), at);
        String sha256 = PersianPdf.sha256Hex(RENDERER.render(record));
        session.freezeMinutes(MinutesJson.write(record), sha256, at);
        em.flush();
        return sha256;
    }

    /** Who sits in the session: the frozen minutes' members, attendance and quorum, or today's before a decision. */
    private MinutesData sitting(WgSession s) {
        return s.frozenMinutes().map(MinutesJson::read).orElseGet(() -> today(s, clock.instant()));
    }

    /**
     * The minutes from the session's agenda and votes as they stand, with its sitting: frozen if
     * the session has decided, else today's members and quorum. Only present members' votes
     * count, so only theirs are listed.
     */
    private MinutesData minutesNow(WgSession s, Instant at) {
        MinutesData sitting = sitting(s);
        Map<String, String> names = new TreeMap<>();
        sitting.attendees().forEach(a -> names.put(a.username(), a.displayName()));
        List<ViolationReport> agenda = em.createQuery("SELECT r FROM ViolationReport r WHERE r.sessionId = :s ORDER BY r.id",
                ViolationReport.class).setParameter("s", s.getId()).getResultList();
        Map<Long, List<Vote>> votes = new LinkedHashMap<>();
        if (!agenda.isEmpty()) {
            em.createQuery("SELECT v FROM Vote v WHERE v.reportId IN :ids ORDER BY v.username", Vote.class)
                    .setParameter("ids", agenda.stream().map(ViolationReport::getId).toList()).getResultList().stream()
                    .filter(v -> sitting.isPresent(v.getUsername()))
                    .forEach(v -> votes.computeIfAbsent(v.getReportId(), k -> new java.util.ArrayList<>()).add(v));
        }
        List<MinutesData.Item> items = agenda.stream().map(r -> new MinutesData.Item(r.getId(),
                r.getLicense().getNumber(), r.getLicense().getOfficeName(), r.getCategory().getNameFa(),
                r.getCategory().getSeverity().persianName(), r.getDefenceText(),
                votes.getOrDefault(r.getId(), List.of()).stream().map(v -> new MinutesData.Vote(v.getUsername(),
                        names.get(v.getUsername()), v.getVote().persianName()
                        + (v.getSuspensionDays() == null ? "" : " (" + v.getSuspensionDays() + " روز)"))).toList(),
                r.getDecision() == null ? null : r.getDecision().persianName()
                        + (r.getSuspensionDays() == null ? "" : " (" + r.getSuspensionDays() + " روز)"),
                r.getRationale(), r.getDecidedAt())).toList();
        return new MinutesData(sitting.countyFa(), sitting.provinceFa(), sitting.sessionDate(), sitting.sessionTime(),
                sitting.place(), sitting.secretaryName(), sitting.members(), sitting.quorum(), sitting.attendees(), items, at);
    }

    /** The session as today's data show it: the county's members now, their attendance, the quorum setting now. */
    private MinutesData today(WgSession s, Instant at) {
        List<Member> members = members(s.getCounty().getId());
        String secretary = em.createQuery("SELECT u.displayName FROM UserAccount u WHERE u.username = :u", String.class)
                .setParameter("u", s.getCreatedBy()).getResultStream().findFirst().orElse(s.getCreatedBy());
        List<MinutesData.Attendee> attendees = members.stream()
                .map(m -> new MinutesData.Attendee(m.username(), m.displayName(), s.isPresent(m.username()))).toList();
        return new MinutesData(s.getCounty().getNameFa(), s.getCounty().getProvince().getNameFa(), s.getDate(), s.getTime(),
                s.getPlace(), secretary, members.size(), Quorum.of(members.size()), attendees, List.of(), at);
    }

    private WgSession lockSession(long sessionId) {
        return access.inScope(em.find(WgSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE), WgSession::getCounty,
                WorkingGroupRefusals::sessionNotFound, Role.WG_SECRETARY);
    }

}
