package ir.pishkhan.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The deployment under test: the EAR this module just built, exactly as it ships. Its path is
 * this one place: the system property {@code it.ear}, by default {@code target/pishkhan.ear}.
 * {@link SuiteDeployment} deploys it once for the whole suite.
 */
public final class Deployments {

    /** The EAR under test. */
    public static final File EAR = new File(System.getProperty("it.ear", "target/pishkhan.ear"));

    private Deployments() {
    }

    public static EnterpriseArchive application() {
        File ear = EAR;
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the EAR first: " + ear.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
