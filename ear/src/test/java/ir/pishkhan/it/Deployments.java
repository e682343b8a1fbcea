package ir.pishkhan.it;

import java.io.File;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The deployment under test: the demo EAR this module just built, exactly as the run command
 * starts it — the production EAR ({@link #PRODUCTION}) plus the test and demo overlay (demo
 * accounts and data, the adjustable clock behind {@code /api/test/clock}, the recording SMS
 * gateway).
 */
public final class Deployments {

    /** The production EAR: no overlay. */
    public static final Path PRODUCTION = Path.of("target/pishkhan.ear");
    /** The production EAR plus the test and demo overlay; what the tests and the run command deploy. */
    public static final Path DEMO = Path.of("target/pishkhan-demo.ear");

    private Deployments() {
    }

    public static EnterpriseArchive application() {
        File ear = DEMO.toFile();
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the EAR first: " + ear.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
