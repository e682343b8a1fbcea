package ir.pishkhan.capacity.boundary;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.capacity.control.Applicants;
import ir.pishkhan.capacity.control.Slots;
import ir.pishkhan.capacity.entity.Application;
import ir.pishkhan.capacity.entity.ApplicationStatus;
import ir.pishkhan.capacity.entity.CapacityBook;
import ir.pishkhan.capacity.entity.CapacityRefusals;
import ir.pishkhan.capacity.entity.Invitation;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.security.control.Access;
import ir.pishkhan.security.control.ScopedQuery;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.RoleSet;
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
@RolesAllowed({Role.POST_CLERK_NAME, Role.PROVINCE_OFFICIAL_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
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
        return audit.created("APPLICATION_SUBMITTED", applicants.open(s, county), null);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Application get(long applicationId) {
        return find(applicationId, RoleSet.LICENSING_DESK.roles());
    }

    /** The waiting applications of a county and office type, in the order they will be invited. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Application> waitlist(long countyId, OfficeType type, int offset, int limit) {
        access.county(countyId, RoleSet.LICENSING_DESK.roles());
        return em.createNamedQuery(Application.WAITLIST, Application.class).setParameter("countyId", countyId)
                .setParameter("type", type).setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.min(Math.max(1, limit), 500)).getResultList();
    }

    /**
     * Searches applications within the caller's scope by the applicant's national code or name
     * (Persian normalised), optionally by status and county; newest first, paginated.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Application> search(String query, ApplicationStatus status, Long countyId, int offset, int limit) {
        ScopedQuery q = ScopedQuery.from("SELECT a FROM Application a", "a.county",
                access.caller().reach(RoleSet.LICENSING_DESK.roles()));
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
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Application> inProgress(long countyId, ir.pishkhan.office.entity.OfficeType type) {
        access.county(countyId, RoleSet.LICENSING_DESK.roles());
        return em.createQuery("SELECT a FROM Application a WHERE a.county.id = :countyId AND a.officeType = :type"
                        + " AND a.status IN :statuses ORDER BY a.statusChangedAt, a.id", Application.class)
                .setParameter("countyId", countyId).setParameter("type", type)
                .setParameter("statuses", List.of(ApplicationStatus.INVITED, ApplicationStatus.HOLDING_SLOT))
                .setMaxResults(500).getResultList();
    }

    /** The open invitation of an application, if it has one. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public java.util.Optional<Invitation> openInvitation(long applicationId) {
        find(applicationId, RoleSet.LICENSING_DESK.roles());
        return em.createNamedQuery(Invitation.OPEN_OF_APPLICATION, Invitation.class)
                .setParameter("applicationId", applicationId).getResultStream().findFirst();
    }

    /**
     * Every invitation an application received, newest first: the open one carries the id the
     * clerk records the applicant's answer with.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Invitation> invitationsOf(long applicationId) {
        find(applicationId, RoleSet.LICENSING_DESK.roles());
        return em.createNamedQuery(Invitation.OF_APPLICATION, Invitation.class)
                .setParameter("applicationId", applicationId).getResultList();
    }

    /** Withdraws an application; a slot it held or was offered goes to the next applicant. */
    @RolesAllowed(Role.POST_CLERK_NAME)
    public Application withdraw(long applicationId, String reason) {
        Application application = find(applicationId, Role.POST_CLERK);
        CapacityBook book = slots.lock(application.getCounty().getId(), application.getOfficeType());
        boolean freed = audit.changeAndReturn("APPLICATION_WITHDRAWN", application, reason, a -> {
            em.createNamedQuery(Invitation.OPEN_OF_APPLICATION, Invitation.class).setParameter("applicationId", applicationId)
                    .getResultStream().forEach(i -> i.decline(clock.instant()));
            // decline() closed the application if it was invited; withdraw the rest.
            return a.getStatus() == ApplicationStatus.CLOSED || a.withdraw(clock.instant());
        });
        if (freed) {
            slots.release(book);
        }
        return application;
    }

    /** The applicant takes the offered slot: the application now holds it until issuance. */
    @RolesAllowed(Role.POST_CLERK_NAME)
    public Invitation acceptInvitation(long invitationId) {
        Invitation invitation = invitation(invitationId);
        audit.change("INVITATION_ACCEPTED", invitation.getApplication(), null,
                a -> invitation.accept(LocalDate.now(clock), clock.instant()));
        return invitation;
    }

    /** The applicant declines: the application leaves the waitlist and the slot goes to the next. */
    @RolesAllowed(Role.POST_CLERK_NAME)
    public Invitation declineInvitation(long invitationId, String reason) {
        Invitation invitation = invitation(invitationId);
        CapacityBook book = slots.lock(invitation.getApplication().getCounty().getId(),
                invitation.getApplication().getOfficeType());
        audit.change("INVITATION_DECLINED", invitation.getApplication(), reason, a -> invitation.decline(clock.instant()));
        slots.release(book);
        return invitation;
    }

    /** An invitation past its deadline lapses and the slot goes to the next applicant. */
    @RolesAllowed({Role.POST_CLERK_NAME, Role.ADMIN_NAME})
    public Invitation lapseInvitation(long invitationId) {
        Invitation invitation = access.inScopeOfClerkOrNationalAdmin(em.find(Invitation.class, invitationId),
                i -> i.getApplication().getCounty(), CapacityRefusals::invitationNotFound); // RoleSet.CLERK_OR_ADMIN
        CapacityBook book = slots.lock(invitation.getApplication().getCounty().getId(),
                invitation.getApplication().getOfficeType());
        audit.change("INVITATION_LAPSED", invitation.getApplication(), null,
                a -> invitation.lapse(LocalDate.now(clock), clock.instant()));
        slots.release(book);
        return invitation;
    }

    private Invitation invitation(long invitationId) {
        return access.inScope(em.find(Invitation.class, invitationId), i -> i.getApplication().getCounty(),
                CapacityRefusals::invitationNotFound, Role.POST_CLERK);
    }

    private Application find(long applicationId, Role... roles) {
        return access.inScope(em.find(Application.class, applicationId), Application::getCounty,
                CapacityRefusals::applicationNotFound,
                roles);
    }
}
