package ir.pishkhan.it.support;

import java.io.File;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The deployment under test: the demo EAR this module just built, exactly as the run command
 * starts it — the production EAR ({@link #PRODUCTION}) plus the test and demo overlay (demo
 * accounts and data, the adjustable clock behind {@code /api/test/clock}, the recording SMS
 * gateway). Its path is this one place: the system property {@code it.ear}, by default
 * {@link #DEMO}. {@link SuiteDeployment} deploys it once for the whole suite.
 */
public final class Deployments {

    /** The production EAR: no overlay. */
    public static final Path PRODUCTION = Path.of("target/pishkhan.ear");
    /** The production EAR plus the test and demo overlay; what the tests and the run command deploy. */
    public static final Path DEMO = Path.of("target/pishkhan-demo.ear");
    /** The EAR under test. */
    public static final File EAR = new File(System.getProperty("it.ear", DEMO.toString()));

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
