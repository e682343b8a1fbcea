package ir.pishkhan.office.boundary;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.office.entity.OfficeTypePolicy;
import ir.pishkhan.security.control.Access;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.shared.error.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The configurable rules of each office type (validity, renewal window, grace period, late fee,
 * invitation period, re-transfer wait) and the issuance fee of each Jalali year. Administrators
 * change them at run time; every change is audited.
 */
@Stateless
@RolesAllowed({Role.POST_CLERK_NAME, Role.PROVINCE_OFFICIAL_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME}) // RoleSet.LICENSING_DESK
public class OfficeRules {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    /** One year's issuance fee for one office type, in rials. */
    public record Fee(OfficeType officeType, int jalaliYear, long issuanceFee) implements java.io.Serializable {
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<OfficeTypePolicy> policies() {
        return em.createQuery("SELECT p FROM OfficeTypePolicy p ORDER BY p.officeType", OfficeTypePolicy.class).getResultList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public OfficeTypePolicy setPolicy(OfficeType type, int validityYears, int renewalWindowDays, int graceDays,
                                      int invitationDays, int retransferYears, int lateFeePercent, String reason) {
        access.requireNational(Role.ADMIN);
        return audit.change("POLICY_CHANGED", em.find(OfficeTypePolicy.class, type), reason,
                policy -> policy.change(validityYears, renewalWindowDays, graceDays, invitationDays, retransferYears,
                        lateFeePercent));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Fee> fees() {
        List<Fee> fees = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT office_type, jalali_year, issuance_fee FROM fee_schedule"
                + " ORDER BY jalali_year DESC, office_type").getResultList()) {
            Object[] r = (Object[]) row;
            fees.add(new Fee(OfficeType.valueOf((String) r[0]), ((Number) r[1]).intValue(), ((Number) r[2]).longValue()));
        }
        return fees;
    }

    /** Sets (or corrects) a year's issuance fee; renewal is always one tenth of it. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Fee setFee(OfficeType type, int jalaliYear, long issuanceFee, String reason) {
        access.requireNational(Role.ADMIN);
        if (type == null || jalaliYear < 1390 || jalaliYear > 1500 || issuanceFee <= 0) {
            throw BusinessException.invalid("FEE_INVALID", "نوع دفتر، سال (۱۳۹۰ تا ۱۵۰۰) و مبلغ مثبت لازم است.",
                    "Give the office type, a year between 1390 and 1500 and a positive amount.");
        }
        List<?> old = em.createNativeQuery("SELECT issuance_fee FROM fee_schedule WHERE office_type = ? AND jalali_year = ?")
                .setParameter(1, type.name()).setParameter(2, jalaliYear).getResultList();
        em.createNativeQuery("INSERT INTO fee_schedule (office_type, jalali_year, issuance_fee) VALUES (?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE issuance_fee = VALUES(issuance_fee)")
                .setParameter(1, type.name()).setParameter(2, jalaliYear).setParameter(3, issuanceFee).executeUpdate();
        audit.record(new AuditLog.Change("FEE_SET", "FeeSchedule", type.name() + "/" + jalaliYear, null, null,
                old.isEmpty() ? null : Map.of("issuanceFee", ((Number) old.get(0)).longValue()),
                Map.of("issuanceFee", issuanceFee), reason));
        return new Fee(type, jalaliYear, issuanceFee);
    }
}
