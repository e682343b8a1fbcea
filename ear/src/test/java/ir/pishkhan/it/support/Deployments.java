package ir.pishkhan.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The deployment under test: the EAR this module just built, exactly as it ships. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive application() {
        File ear = new File("target/pishkhan.ear");
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the EAR first: " + ear.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
