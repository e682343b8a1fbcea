package ir.pishkhan.security.entity;

import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.text.PersianText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A person who signs in: county staff, working-group members, province officials, agency
 * reporters, office managers, auditors and administrators. Citizens never have accounts.
 *
 * <p>Invariants kept here: the username is lower-case ASCII and unique; the password is only
 * ever held as a bcrypt hash; each grant's scope fits its role (a clerk is always limited to a
 * county, an administrator is national or administers one province); the same grant is never held
 * twice; repeated failed sign-ins lock the account for a while; a one-time password must be changed
 * at the next sign-in.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = UserAccount.ALL, query = "SELECT u FROM UserAccount u ORDER BY u.username")
@NamedQuery(name = UserAccount.OF_PROVINCES,
        query = "SELECT u FROM UserAccount u WHERE u.homeProvince.id IN :provinces ORDER BY u.username")
@NamedQuery(name = UserAccount.COUNT_WITH_ROLE, query = "SELECT COUNT(g) FROM RoleGrant g WHERE g.role = :role"
        + " AND g.scopeType = :scope AND g.user.enabled = TRUE")
public class UserAccount implements java.io.Serializable, ir.pishkhan.shared.audit.Audited {

    private static final long serialVersionUID = 1L;

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String ALL = "UserAccount.all";
    /** The accounts whose home province is one of {@code :provinces}. */
    public static final String OF_PROVINCES = "UserAccount.ofProvinces";
    public static final String COUNT_WITH_ROLE = "UserAccount.countWithRole";

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 150)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    /** Where escalations reach this person (supervisors); optional. */
    @Column(length = 190)
    private String email;

    @Column(length = 20)
    private String mobile;

    @Column(nullable = false)
    private boolean enabled = true;

    /**
     * The province the account belongs to: a province administrator manages the accounts of their
     * own province only. Null for a national account.
     */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "home_province_id")
    private ir.pishkhan.place.entity.Province homeProvince;

    /** The password is a one-time password: it must be changed at the next sign-in. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "user", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<RoleGrant> grants = new ArrayList<>();

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Instant now) {
        this.username = normalizeUsername(username);
        if (!USERNAME.matcher(this.username).matches()) {
            throw BusinessException.invalid("USERNAME_INVALID",
                    "نام کاربری باید ۳ تا ۶۴ نویسهٔ لاتین کوچک، رقم، نقطه، خط تیره یا زیرخط باشد و با حرف شروع شود.",
                    "A username is 3 to 64 lower-case letters, digits, '.', '-' or '_', starting with a letter.");
        }
        rename(displayName);
        this.passwordHash = passwordHash;
        this.createdAt = now;
    }

    public static String normalizeUsername(String username) {
        return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Sets where notifications reach this person. Either may be blank; a malformed address or
     * mobile number is refused.
     */
    public void setContact(String newEmail, String newMobile) {
        String e = newEmail == null || newEmail.isBlank() ? null : newEmail.trim().toLowerCase(java.util.Locale.ROOT);
        if (e != null && (e.length() > 190 || !e.matches("[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}"))) {
            throw ir.pishkhan.shared.error.BusinessException.invalid("INVALID_EMAIL", "نشانی رایانامه نادرست است.",
                    "The e-mail address is not valid.");
        }
        String m = newMobile == null || newMobile.isBlank() ? null
                : ir.pishkhan.shared.text.PersianText.digitsToAscii(newMobile.trim());
        if (m != null && !m.matches("09[0-9]{9}")) {
            throw ir.pishkhan.shared.error.BusinessException.invalid("INVALID_MOBILE",
                    "شمارهٔ همراه باید ۱۱ رقم و با ۰۹ آغاز شود.", "The mobile number must be 11 digits starting with 09.");
        }
        this.email = e;
        this.mobile = m;
    }

    public String getEmail() { return email; }
    public String getMobile() { return mobile; }

    public void rename(String newDisplayName) {
        String name = newDisplayName == null ? "" : PersianText.normalize(newDisplayName);
        if (name.isEmpty() || name.length() > 150) {
            throw BusinessException.invalid("DISPLAY_NAME_INVALID",
                    "نام و نام خانوادگی باید بین ۱ تا ۱۵۰ نویسه باشد.",
                    "The display name must be 1 to 150 characters.");
        }
        this.displayName = name;
    }

    /** Adds a role within a scope; refuses a scope the role cannot have and a duplicate grant. */
    public RoleGrant grant(Role role, ScopeType scopeType, long scopeRef, String grantedBy, Instant now) {
        return grant(role, scopeType, scopeRef, null, grantedBy, now);
    }

    /**
     * Adds a role within a scope; an AGENCY_REPORTER also names the agency it reports for, and no
     * other role may name one.
     */
    public RoleGrant grant(Role role, ScopeType scopeType, long scopeRef, ir.pishkhan.office.entity.Agency agency,
                           String grantedBy, Instant now) {
        if ((role == Role.AGENCY_REPORTER) != (agency != null)) {
            throw BusinessException.invalid("GRANT_AGENCY_INVALID",
                    role == Role.AGENCY_REPORTER ? "برای گزارشگر، دستگاهی را که برایش گزارش می‌دهد مشخص کنید."
                            : "فقط نقش گزارشگر دستگاه به یک دستگاه وابسته است.",
                    role == Role.AGENCY_REPORTER ? "An agency reporter needs the agency it reports for."
                            : "Only an agency reporter belongs to an agency.");
        }
        if (!role.allows(scopeType)) {
            throw BusinessException.invalid("GRANT_SCOPE_INVALID",
                    "نقش «" + role.persianName() + "» در محدودهٔ «" + scopeType.persianName() + "» داده نمی‌شود.",
                    "Role " + role + " cannot be granted with scope " + scopeType + ".");
        }
        if (grants.stream().anyMatch(g -> g.sameAs(role, scopeType, scopeRef))) {
            throw BusinessException.conflict("GRANT_EXISTS",
                    "این کاربر همین نقش را در همین محدوده دارد.",
                    "The user already holds this role in this scope.");
        }
        RoleGrant grant = new RoleGrant(this, role, scopeType, scopeRef, agency, grantedBy, now);
        grants.add(grant);
        return grant;
    }

    /** Removes a grant; returns it, or refuses if this user does not hold it. */
    public RoleGrant revoke(long grantId) {
        RoleGrant grant = grants.stream().filter(g -> g.getId() != null && g.getId() == grantId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("GRANT_NOT_FOUND",
                        "این نقش برای این کاربر یافت نشد.", "No such grant for this user."));
        grants.remove(grant);
        return grant;
    }

    /** Sets a one-time password (an imported account, or one an administrator hands over): it must be changed at the next sign-in. */
    public void setOneTimePassword(String newHash) {
        changePassword(newHash);
        this.mustChangePassword = true;
    }

    /** Moves the account to a province (null: national). */
    public void belongTo(ir.pishkhan.place.entity.Province province) {
        this.homeProvince = province;
    }

    public ir.pishkhan.place.entity.Province getHomeProvince() {
        return homeProvince;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** Whether the account holds this role in this kind of scope (e.g. ADMIN, NATIONAL). */
    public boolean holds(Role role, ScopeType scopeType) {
        return grants.stream().anyMatch(g -> g.getRole() == role && g.getScopeType() == scopeType);
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Counts a failed sign-in; at {@code maxAttempts} consecutive failures the account locks for
     * {@code lockFor}. Returns true when this failure locked it.
     */
    public boolean recordFailedLogin(Instant now, int maxAttempts, Duration lockFor) {
        failedLogins++;
        if (failedLogins >= maxAttempts) {
            failedLogins = 0;
            lockedUntil = now.plus(lockFor);
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    @Override
    public String auditType() {
        return "UserAccount";
    }

    @Override
    public Object auditId() {
        return username;
    }

    /**
     * A province's account is filed under its home province, so the province's auditors see what
     * was done to it; a national account under no place. A grant's record names the grant's scope
     * instead.
     */
    @Override
    public Long auditProvinceId() {
        return homeProvince == null ? null : homeProvince.getId();
    }

    @Override
    public Long auditCountyId() {
        return null;
    }

    /** What the audit trail records of an account: never the password hash. */
    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("username", username);
        s.put("displayName", displayName);
        s.put("enabled", enabled);
        s.put("grants", grants.stream().map(RoleGrant::snapshot).toList());
        if (homeProvince != null) {
            s.put("homeProvinceId", homeProvince.getId());
        }
        if (mustChangePassword) {
            s.put("mustChangePassword", true);
        }
        return s;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<RoleGrant> getGrants() {
        return Collections.unmodifiableList(grants);
    }

    public long getVersion() {
        return version;
    }
}
