package ir.pishkhan.schedule.control;

import ir.pishkhan.schedule.boundary.ComplianceChecks;
import ir.pishkhan.schedule.entity.CheckName;
import ir.pishkhan.schedule.entity.CheckRun;
import ir.pishkhan.shared.identity.SystemCalls;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The identity scheduled work runs under: Quartz threads have no signed-in user, so the job
 * calls the checks through this bean, which acts in the {@code SYSTEM} role that only the
 * checks boundary accepts. Nobody can take this role by signing in.
 */
@Stateless
@RunAs(ComplianceChecks.SYSTEM_ROLE)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CheckInvoker {

    @Inject
    ComplianceChecks checks;

    public void invoke(CheckName check, CheckRun.FiredBy firedBy, String node) {
        SystemCalls.run(() -> checks.run(check, firedBy, node));
    }
}
