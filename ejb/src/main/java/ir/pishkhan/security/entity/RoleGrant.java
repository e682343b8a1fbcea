package ir.pishkhan.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;

/**
 * One role held by a user within one scope, e.g. "POST_CLERK of Kavar county". A user may hold
 * several grants; each is checked on its own, so a clerk of county A who is also an auditor of
 * province P is a clerk only in A.
 */
@Entity
@Table(name = "role_grant")
public class RoleGrant implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private UserAccount user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_type", nullable = false, length = 16)
    private ScopeType scopeType;

    /** Id of the office, county or province; 0 for a national grant. */
    @Column(name = "scope_ref", nullable = false)
    private long scopeRef;

    /** For an AGENCY_REPORTER: the agency the reporter acts for; null for every other role. */
    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private ir.pishkhan.office.entity.Agency agency;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "granted_by", nullable = false, length = 64)
    private String grantedBy;

    protected RoleGrant() {
    }

    RoleGrant(UserAccount user, Role role, ScopeType scopeType, long scopeRef, ir.pishkhan.office.entity.Agency agency,
              String grantedBy, Instant at) {
        this.user = user;
        this.agency = agency;
        this.role = role;
        this.scopeType = scopeType;
        this.scopeRef = scopeType == ScopeType.NATIONAL ? 0 : scopeRef;
        this.grantedBy = grantedBy;
        this.grantedAt = at;
    }

    boolean sameAs(Role otherRole, ScopeType otherType, long otherRef) {
        return role == otherRole && scopeType == otherType
                && scopeRef == (otherType == ScopeType.NATIONAL ? 0 : otherRef);
    }

    public Map<String, Object> snapshot() {
        return agency == null ? Map.of("role", role.name(), "scopeType", scopeType.name(), "scopeRef", scopeRef)
                : Map.of("role", role.name(), "scopeType", scopeType.name(), "scopeRef", scopeRef, "agency", agency.name());
    }

    public Long getId() {
        return id;
    }

    public UserAccount getUser() {
        return user;
    }

    public Role getRole() {
        return role;
    }

    public ScopeType getScopeType() {
        return scopeType;
    }

    public long getScopeRef() {
        return scopeRef;
    }

    public ir.pishkhan.office.entity.Agency getAgency() {
        return agency;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public String getGrantedBy() {
        return grantedBy;
    }
}
