package ir.pishkhan.it.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The test class needs the application's in-memory state as a new deployment has it, and may use
 * it up: the per-address allowances of the public endpoints (Bucket4j, kept per deployment) are
 * the case. {@link SuiteDeployment} redeploys the EAR before such a class if another class used
 * the deployment, and before the next class after it. Data in the database needs no such thing:
 * every test makes its own.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FreshDeployment {
}
