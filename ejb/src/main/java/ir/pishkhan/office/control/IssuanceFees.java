package ir.pishkhan.office.control;

import ir.pishkhan.office.entity.OfficeType;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.OptionalLong;

/**
 * The issuance fee of an office type in a Jalali year, as the fee schedule ({@code fee_schedule},
 * kept by the office rules) sets it: the office context's answer to the contexts that charge it,
 * so they need not know its table.
 */
@Dependent
public class IssuanceFees {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    /** The fee in rials, or empty when none is set for that year. */
    public OptionalLong of(OfficeType type, int jalaliYear) {
        List<?> fee = em.createNativeQuery("SELECT issuance_fee FROM fee_schedule WHERE office_type = ? AND jalali_year = ?")
                .setParameter(1, type.name()).setParameter(2, jalaliYear).getResultList();
        return fee.isEmpty() ? OptionalLong.empty() : OptionalLong.of(((Number) fee.get(0)).longValue());
    }
}
