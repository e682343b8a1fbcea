package ir.pishkhan.shared.audit;

import java.util.Map;

/**
 * A domain object whose every change goes into the audit trail (سابقهٔ تغییرات): it says what it
 * is called in the trail, where it belongs (province, county — the auditor's scope) and what it
 * looks like now. The audit context's {@code AuditLog} takes one of these, records the state
 * before, lets the use case change it, and records the state after — so a boundary never writes
 * the before/after ritual by hand.
 *
 * <p>Kept in the shared kernel, not in the audit context, because the lowest entities (counties)
 * are audited too and must not depend upward on the trail that records them.
 */
public interface Audited {

    /** The object's type as the trail names it, e.g. {@code License}; never changes once written. */
    String auditType();

    /** The identity the trail shows, e.g. the licence number or the report's id. */
    Object auditId();

    /** The province the object belongs to; null for national objects. */
    Long auditProvinceId();

    /** The county the object belongs to; null for province-wide and national objects. */
    Long auditCountyId();

    /** The state the trail records before and after a change; stable keys, JSON-friendly values. */
    Map<String, Object> snapshot();
}
