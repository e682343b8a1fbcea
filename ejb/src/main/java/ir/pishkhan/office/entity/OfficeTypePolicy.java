package ir.pishkhan.office.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The configurable rules of one office type: how long a licence is valid, when the renewal
 * window opens, how long the grace period lasts, how long an invitation reserves a slot, and
 * how long after a transfer another is refused. Seeded with the defaults of the regulations.
 */
@Entity
@Table(name = "office_type_policy")
public class OfficeTypePolicy {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "office_type", length = 32)
    private OfficeType officeType;

    @Column(name = "validity_years", nullable = false)
    private int validityYears;

    @Column(name = "renewal_window_days", nullable = false)
    private int renewalWindowDays;

    @Column(name = "grace_days", nullable = false)
    private int graceDays;

    @Column(name = "invitation_days", nullable = false)
    private int invitationDays;

    @Column(name = "retransfer_years", nullable = false)
    private int retransferYears;

    @Column(name = "late_fee_percent", nullable = false)
    private int lateFeePercent;

    protected OfficeTypePolicy() {
    }

    public OfficeType getOfficeType() {
        return officeType;
    }

    public int getValidityYears() {
        return validityYears;
    }

    public int getRenewalWindowDays() {
        return renewalWindowDays;
    }

    public int getGraceDays() {
        return graceDays;
    }

    public int getInvitationDays() {
        return invitationDays;
    }

    public int getRetransferYears() {
        return retransferYears;
    }

    public int getLateFeePercent() {
        return lateFeePercent;
    }
}
