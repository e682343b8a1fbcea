package ir.pishkhan.security.control;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.office.entity.Agency;
import ir.pishkhan.place.entity.Province;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.ScopeType;
import ir.pishkhan.security.entity.UserAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Brings in the accounts of a province's staff as an old register lists them (the roll-out's
 * «کاربران» sheet), in the caller's transaction: a missing account is created in that province
 * with a one-time password it must change at its first sign-in; an existing account of that
 * province gets the display name and contact the file gives; either way the account gets the
 * file's role grant unless it holds it already. An account of another province or a national one
 * is never touched. Every account created or changed comes back with its {@code IMPORTED} audit
 * record (filed under the grant's place, with the import's reason), for the caller to append with
 * its others at the end of its transaction — the trail's head is locked last, as in every use case.
 *
 * <p>Expected refusals are answered, not thrown ({@link Result#refusal()}): the caller's
 * transaction goes on with its other rows. How the one-time password reaches the person is the
 * caller's concern (this context sends nothing).
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class AccountImport {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    /**
     * An account and one of its grants as the file gives them. {@code scopeRef}: the county's,
     * province's or office's (licence's) id for a COUNTY, PROVINCE or OFFICE grant; {@code agency}
     * only for an agency reporter. {@code countyId}: the county the grant lies in, if any (where the
     * audit record is filed, with the province). Mobile and e-mail may be null (kept as they are).
     */
    public record Account(String username, String displayName, Role role, ScopeType scopeType, long scopeRef,
                          Agency agency, Long countyId, String mobile, String email) implements java.io.Serializable {
    }

    /** What bringing one account in did. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED, REFUSED }

    /**
     * The outcome; for a created account its one-time password (in clear, to be delivered once and
     * never stored as such); for a refused one the Persian reason; for a created or changed one the
     * audit record to append.
     */
    public record Result(Outcome outcome, String oneTimePassword, String refusal, AuditLog.Change audit)
            implements java.io.Serializable {
        static Result refused(String why) {
            return new Result(Outcome.REFUSED, null, why, null);
        }
    }

    /**
     * Brings one account in for {@code province}, as {@code actor} (the administrator who committed
     * the import: the grant's «granted by»), with {@code reason} (where in which file it came from)
     * on the audit record.
     */
    public Result bringIn(Account a, Province province, String actor, String reason) {
        String username = UserAccount.normalizeUsername(a.username());
        if (!a.role().allows(a.scopeType()) || a.role() == Role.ADMIN
                || a.scopeType() == ScopeType.NATIONAL) {
            return Result.refused("نقش «" + a.role().persianName() + "» در محدودهٔ «" + a.scopeType().persianName()
                    + "» از راه ورود اطلاعات داده نمی‌شود");
        }
        if ((a.role() == Role.AGENCY_REPORTER) != (a.agency() != null)) {
            return Result.refused("دستگاه فقط و حتماً برای نقش «" + Role.AGENCY_REPORTER.persianName() + "» می‌آید");
        }
        UserAccount user = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst().orElse(null);
        if (user == null) {
            return create(username, a, province, actor, reason);
        }
        Province home = user.getHomeProvince();
        if (home == null || !home.getId().equals(province.getId())) {
            return Result.refused("نام کاربری «" + username + "» از آنِ " + (home == null ? "یک حساب کشوری"
                    : "حسابی در استان دیگر") + " است؛ ورود اطلاعات آن را تغییر نمی‌دهد");
        }
        return update(user, a, actor, reason);
    }

    private Result create(String username, Account a, Province province, String actor, String reason) {
        String password = OneTimePasswords.generate();
        String hash = hasher.hash(password);
        UserAccount user = new UserAccount(username, a.displayName(), hash, clock.instant());
        user.setOneTimePassword(hash);
        user.belongTo(province);
        user.setContact(a.email(), a.mobile());
        user.grant(a.role(), a.scopeType(), a.scopeRef(), a.agency(), actor, clock.instant());
        em.persist(user);
        return new Result(Outcome.CREATED, password, null, new AuditLog.Change("IMPORTED", user.auditType(),
                user.auditId(), province.getId(), a.countyId(), null, state(user), reason));
    }

    private Result update(UserAccount user, Account a, String actor, String reason) {
        Map<String, Object> before = state(user);
        if (!user.getDisplayName().equals(ir.pishkhan.shared.text.PersianText.normalize(a.displayName()))) {
            user.rename(a.displayName());
        }
        String email = a.email() == null ? user.getEmail() : a.email();
        String mobile = a.mobile() == null ? user.getMobile() : a.mobile();
        if (!Objects.equals(email, user.getEmail()) || !Objects.equals(mobile, user.getMobile())) {
            user.setContact(email, mobile);
        }
        boolean held = user.getGrants().stream().anyMatch(g -> g.getRole() == a.role() && g.getScopeType() == a.scopeType()
                && g.getScopeRef() == a.scopeRef());
        if (!held) {
            user.grant(a.role(), a.scopeType(), a.scopeRef(), a.agency(), actor, clock.instant());
        }
        Map<String, Object> after = state(user);
        if (after.equals(before)) {
            return new Result(Outcome.UNCHANGED, null, null, null);
        }
        return new Result(Outcome.UPDATED, null, null, new AuditLog.Change("IMPORTED", user.auditType(), user.auditId(),
                user.getHomeProvince().getId(), a.countyId(), before, after, reason));
    }

    /** The account as the trail records it here: its snapshot, contact and first-sign-in duty, never the hash. */
    private static Map<String, Object> state(UserAccount user) {
        Map<String, Object> s = new LinkedHashMap<>(user.snapshot());
        s.put("mobile", user.getMobile() == null ? "" : user.getMobile());
        s.put("email", user.getEmail() == null ? "" : user.getEmail());
        s.put("mustChangePassword", user.isMustChangePassword());
        return s;
    }
}
