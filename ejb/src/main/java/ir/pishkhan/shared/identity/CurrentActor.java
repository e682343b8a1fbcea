package ir.pishkhan.shared.identity;

/**
 * Who is acting now, as the audit trail names them: a username, {@code anonymous} for citizens,
 * or {@link SystemCalls#ACTOR} while scheduled work runs. Declared in the kernel so that the audit
 * trail, which every context (security included) writes to, does not depend on the security
 * context that knows the answer: security implements it ({@code security.control.Access}).
 */
public interface CurrentActor {

    String actor();
}
