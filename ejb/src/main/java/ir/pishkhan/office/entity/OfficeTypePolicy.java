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
public class OfficeTypePolicy implements java.io.Serializable, ir.pishkhan.shared.audit.Audited {

    private static final long serialVersionUID = 1L;

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

    /** Changes the rules; each must lie in a sensible range. */
    public void change(int validity, int window, int grace, int invitation, int retransfer, int lateFee) {
        if (validity < 1 || validity > 20 || window < 1 || window > 365 || grace < 0 || grace > 365 || invitation < 1
                || invitation > 365 || retransfer < 0 || retransfer > 20 || lateFee < 0 || lateFee > 500) {
            throw ir.pishkhan.shared.error.BusinessException.invalid("POLICY_INVALID",
                    "مقادیر خارج از محدودهٔ مجاز است (اعتبار ۱ تا ۲۰ سال، مهلت‌ها تا ۳۶۵ روز، جریمه تا ۵۰۰٪).",
                    "Values out of range (validity 1-20 years, periods up to 365 days, late fee up to 500%).");
        }
        this.validityYears = validity;
        this.renewalWindowDays = window;
        this.graceDays = grace;
        this.invitationDays = invitation;
        this.retransferYears = retransfer;
        this.lateFeePercent = lateFee;
    }

    @Override public String auditType() { return "OfficeTypePolicy"; }
    @Override public Object auditId() { return officeType.name(); }
    @Override public Long auditProvinceId() { return null; }
    @Override public Long auditCountyId() { return null; }

    @Override
    public java.util.Map<String, Object> snapshot() {
        return java.util.Map.of("validityYears", validityYears, "renewalWindowDays", renewalWindowDays, "graceDays", graceDays,
                "invitationDays", invitationDays, "retransferYears", retransferYears, "lateFeePercent", lateFeePercent);
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
