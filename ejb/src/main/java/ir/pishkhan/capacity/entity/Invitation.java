package ir.pishkhan.capacity.entity;

import ir.pishkhan.shared.error.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An invitation (دعوت‌نامه) to the next applicant on the waitlist: it reserves a freed slot until
 * its deadline (30 days by default). Accepting keeps the slot for the application; declining or
 * letting it lapse frees the slot for the next applicant.
 */
@Entity
@Table(name = "invitation")
@NamedQuery(name = Invitation.OPEN_OF_APPLICATION, query = "SELECT i FROM Invitation i WHERE i.application.id = :applicationId"
        + " AND i.status = ir.pishkhan.capacity.entity.InvitationStatus.OPEN")
@NamedQuery(name = Invitation.OF_APPLICATION, query = "SELECT i FROM Invitation i WHERE i.application.id = :applicationId"
        + " ORDER BY i.id DESC")
public class Invitation implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OPEN_OF_APPLICATION = "Invitation.openOfApplication";
    public static final String OF_APPLICATION = "Invitation.ofApplication";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "application_id", nullable = false)
    private Application application;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InvitationStatus status;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Version
    private long version;

    protected Invitation() {
    }

    public Invitation(Application application, LocalDate deadline, Instant now) {
        application.invited(now);
        this.application = application;
        this.deadline = deadline;
        this.invitedAt = now;
        this.status = InvitationStatus.OPEN;
    }

    public void accept(LocalDate today, Instant now) {
        requireOpen();
        if (today.isAfter(deadline)) {
            throw BusinessException.rule("INVITATION_EXPIRED", "مهلت پاسخ به این دعوت‌نامه گذشته است.",
                    "The invitation's deadline has passed.");
        }
        application.acceptedInvitation(now);
        status = InvitationStatus.ACCEPTED;
        respondedAt = now;
    }

    public void decline(Instant now) {
        requireOpen();
        application.closed(now);
        status = InvitationStatus.DECLINED;
        respondedAt = now;
    }

    /** Past its deadline without an answer. */
    public void lapse(LocalDate today, Instant now) {
        requireOpen();
        if (!today.isAfter(deadline)) {
            throw BusinessException.rule("INVITATION_NOT_EXPIRED", "مهلت این دعوت‌نامه هنوز نگذشته است.",
                    "The invitation's deadline has not passed yet.");
        }
        application.closed(now);
        status = InvitationStatus.LAPSED;
        respondedAt = now;
    }

    private void requireOpen() {
        if (status != InvitationStatus.OPEN) {
            throw BusinessException.rule("INVITATION_CLOSED",
                    "این دعوت‌نامه در وضعیت «" + status.persianName() + "» است و پاسخ دیگری نمی‌پذیرد.",
                    "The invitation is " + status + " and takes no further answer.");
        }
    }

    public Long getId() { return id; }
    public Application getApplication() { return application; }
    public Instant getInvitedAt() { return invitedAt; }
    public LocalDate getDeadline() { return deadline; }
    public InvitationStatus getStatus() { return status; }
    public Instant getRespondedAt() { return respondedAt; }
}
