package ir.pishkhan.security.control;

import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.ScopeType;
import ir.pishkhan.security.entity.UserAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Who a missed deadline is escalated to, by name: for county work (reports, complaints) the
 * province officials of that province; for province work (revocation cases) the national
 * administrators. Only enabled accounts.
 */
@Dependent
public class Supervisors {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    public List<UserAccount> ofProvince(long provinceId) {
        return holders(Role.PROVINCE_OFFICIAL, ScopeType.PROVINCE, provinceId);
    }

    public List<UserAccount> national() {
        return em.createQuery("SELECT DISTINCT g.user FROM RoleGrant g WHERE g.role = :role AND g.scopeType = :scope"
                        + " AND g.user.enabled = TRUE ORDER BY g.user.username", UserAccount.class)
                .setParameter("role", Role.ADMIN).setParameter("scope", ScopeType.NATIONAL).getResultList();
    }

    private List<UserAccount> holders(Role role, ScopeType scope, long ref) {
        return em.createQuery("SELECT DISTINCT g.user FROM RoleGrant g WHERE g.role = :role AND g.scopeType = :scope"
                        + " AND g.scopeRef = :ref AND g.user.enabled = TRUE ORDER BY g.user.username", UserAccount.class)
                .setParameter("role", role).setParameter("scope", scope).setParameter("ref", ref).getResultList();
    }
}
