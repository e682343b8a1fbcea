package ir.pishkhan.it.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The test class needs the application's in-memory state as a new deployment has it, or uses it
 * up: the per-address allowances of the public endpoints (Bucket4j, kept per deployment, and
 * every test calls from 127.0.0.1) are the case — the complaint and rate-limit tests, the
 * security probes and the authorization matrix, which calls every public operation as every
 * subject. {@link SuiteDeployment} redeploys the EAR before such a class if another class used
 * the deployment, and before the next class after it. Data in the database needs no such thing:
 * every test makes its own.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FreshDeployment {
}
