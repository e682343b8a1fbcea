package ir.pishkhan.capacity.boundary;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.capacity.control.Applicants;
import ir.pishkhan.capacity.control.Slots;
import ir.pishkhan.capacity.entity.Application;
import ir.pishkhan.capacity.entity.ApplicationStatus;
import ir.pishkhan.capacity.entity.CapacityBook;
import ir.pishkhan.capacity.entity.Invitation;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.security.control.Access;
import ir.pishkhan.security.control.ScopedQuery;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.shared.error.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The county waitlist (صف انتظار): clerks register applications, withdraw them, and record the
 * applicant's answer to an invitation.
 */
@Stateless
public class Applications {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Applicants applicants;

    @Inject
    Slots slots;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @RolesAllowed(Role.POST_CLERK_NAME)
    public Application submit(Applicants.Submission s) {
        County county = access.county(s.countyId(), Role.POST_CLERK);
        Application application = applicants.open(s, county);
        audit.record(new AuditLog.Change("APPLICATION_SUBMITTED", "Application", application.getId(),
                county.getProvince().getId(), county.getId(), null, application.snapshot(), null));
        return application;
    }

    @RolesAllowed({Role.POST_CLERK_NAME, Role.PROVINCE_OFFICIAL_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Application get(long applicationId) {
        return find(applicationId, Role.POST_CLERK, Role.PROVINCE_OFFICIAL, Role.AUDITOR, Role.ADMIN);
    }

    /** The waiting applications of a county and office type, in the order they will be invited. */
    @RolesAllowed({Role.POST_CLERK_NAME, Role.PROVINCE_OFFICIAL_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Application> waitlist(long countyId, OfficeType type, int offset, int limit) {
        access.county(countyId, Role.POST_CLERK, Role.PROVINCE_OFFICIAL, Role.AUDITOR, Role.ADMIN);
        return em.createNamedQuery(Application.WAITLIST, Application.class).setParameter("countyId", countyId)
                .setParameter("type", type).setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.min(Math.max(1, limit), 500)).getResultList();
    }

    /**
     * Searches applications within the caller's scope by the applicant's national code or name
     * (Persian normalised), optionally by status and county; newest first, paginated.
     */
    @RolesAllowed({Role.POST_CLERK_NAME, Role.PROVINCE_OFFICIAL_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Application> search(String query, ApplicationStatus status, Long countyId, int offset, int limit) {
        ScopedQuery q = ScopedQuery.from("SELECT a FROM Application a", "a.county",
                access.caller().reach(Role.POST_CLERK, Role.PROVINCE_OFFICIAL, Role.AUDITOR, Role.ADMIN));
        if (query != null && !query.isBlank()) {
            q.and("(a.applicant.nationalCode = :code OR a.applicant.searchKey LIKE :like)",
                    Map.of("code", ir.pishkhan.shared.text.PersianText.searchKey(query),
                            "like", ir.pishkhan.shared.text.PersianText.containsPattern(query)));
        }
        return q.and("a.status = :status", "status", status)
                .inCounty(countyId)
                .list(em, Application.class, "a.id DESC", offset, limit);
    }

    /** Applications invited to a slot or holding one, oldest first: the clerk's follow-up list. */
    @RolesAllowed({Role.POST_CLERK_NAME, Role.PROVINCE_OFFICIAL_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Application> inProgress(long countyId, ir.pishkhan.office.entity.OfficeType type) {
        access.county(countyId, Role.POST_CLERK, Role.PROVINCE_OFFICIAL, Role.AUDITOR, Role.ADMIN);
        return em.createQuery("SELECT a FROM Application a WHERE a.county.id = :countyId AND a.officeType = :type"
                        + " AND a.status IN :statuses ORDER BY a.statusChangedAt, a.id", Application.class)
                .setParameter("countyId", countyId).setParameter("type", type)
                .setParameter("statuses", List.of(ApplicationStatus.INVITED, ApplicationStatus.HOLDING_SLOT))
                .setMaxResults(500).getResultList();
    }

    /** The open invitation of an application, if it has one. */
    @RolesAllowed({Role.POST_CLERK_NAME, Role.PROVINCE_OFFICIAL_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public java.util.Optional<Invitation> openInvitation(long applicationId) {
        find(applicationId, Role.POST_CLERK, Role.PROVINCE_OFFICIAL, Role.AUDITOR, Role.ADMIN);
        return em.createNamedQuery(Invitation.OPEN_OF_APPLICATION, Invitation.class)
                .setParameter("applicationId", applicationId).getResultStream().findFirst();
    }

    /**
     * Every invitation an application received, newest first: the open one carries the id the
     * clerk records the applicant's answer with.
     */
    @RolesAllowed({Role.POST_CLERK_NAME, Role.PROVINCE_OFFICIAL_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Invitation> invitationsOf(long applicationId) {
        find(applicationId, Role.POST_CLERK, Role.PROVINCE_OFFICIAL, Role.AUDITOR, Role.ADMIN);
        return em.createNamedQuery(Invitation.OF_APPLICATION, Invitation.class)
                .setParameter("applicationId", applicationId).getResultList();
    }

    /** Withdraws an application; a slot it held or was offered goes to the next applicant. */
    @RolesAllowed(Role.POST_CLERK_NAME)
    public Application withdraw(long applicationId, String reason) {
        Application application = find(applicationId, Role.POST_CLERK);
        CapacityBook book = slots.lock(application.getCounty().getId(), application.getOfficeType());
        Map<String, Object> before = application.snapshot();
        em.createNamedQuery(Invitation.OPEN_OF_APPLICATION, Invitation.class).setParameter("applicationId", applicationId)
                .getResultStream().forEach(i -> i.decline(clock.instant()));
        // decline() closed the application if it was invited; withdraw the rest.
        boolean freed = application.getStatus() == ApplicationStatus.CLOSED || application.withdraw(clock.instant());
        audit.record(new AuditLog.Change("APPLICATION_WITHDRAWN", "Application", applicationId,
                application.getCounty().getProvince().getId(), application.getCounty().getId(), before,
                application.snapshot(), reason));
        if (freed) {
            slots.release(book);
        }
        return application;
    }

    /** The applicant takes the offered slot: the application now holds it until issuance. */
    @RolesAllowed(Role.POST_CLERK_NAME)
    public Invitation acceptInvitation(long invitationId) {
        Invitation invitation = invitation(invitationId);
        Map<String, Object> before = invitation.getApplication().snapshot();
        invitation.accept(LocalDate.now(clock), clock.instant());
        record("INVITATION_ACCEPTED", invitation, before, null);
        return invitation;
    }

    /** The applicant declines: the application leaves the waitlist and the slot goes to the next. */
    @RolesAllowed(Role.POST_CLERK_NAME)
    public Invitation declineInvitation(long invitationId, String reason) {
        Invitation invitation = invitation(invitationId);
        CapacityBook book = slots.lock(invitation.getApplication().getCounty().getId(),
                invitation.getApplication().getOfficeType());
        Map<String, Object> before = invitation.getApplication().snapshot();
        invitation.decline(clock.instant());
        record("INVITATION_DECLINED", invitation, before, reason);
        slots.release(book);
        return invitation;
    }

    /** An invitation past its deadline lapses and the slot goes to the next applicant. */
    @RolesAllowed({Role.POST_CLERK_NAME, Role.ADMIN_NAME})
    public Invitation lapseInvitation(long invitationId) {
        Invitation invitation = access.inScope(em.find(Invitation.class, invitationId), i -> i.getApplication().getCounty(),
                Applications::invitationNotFound, Role.POST_CLERK, Role.ADMIN);
        CapacityBook book = slots.lock(invitation.getApplication().getCounty().getId(),
                invitation.getApplication().getOfficeType());
        Map<String, Object> before = invitation.getApplication().snapshot();
        invitation.lapse(LocalDate.now(clock), clock.instant());
        record("INVITATION_LAPSED", invitation, before, null);
        slots.release(book);
        return invitation;
    }

    private Invitation invitation(long invitationId) {
        return access.inScope(em.find(Invitation.class, invitationId), i -> i.getApplication().getCounty(),
                Applications::invitationNotFound, Role.POST_CLERK);
    }

    private void record(String action, Invitation invitation, Map<String, Object> before, String reason) {
        Application a = invitation.getApplication();
        audit.record(new AuditLog.Change(action, "Application", a.getId(), a.getCounty().getProvince().getId(),
                a.getCounty().getId(), before, a.snapshot(), reason));
    }

    private Application find(long applicationId, Role... roles) {
        return access.inScope(em.find(Application.class, applicationId), Application::getCounty,
                () -> BusinessException.notFound("APPLICATION_NOT_FOUND", "درخواست یافت نشد.", "Application not found."),
                roles);
    }

    private static BusinessException invitationNotFound() {
        return BusinessException.notFound("INVITATION_NOT_FOUND", "دعوت‌نامه یافت نشد.", "Invitation not found.");
    }
}
