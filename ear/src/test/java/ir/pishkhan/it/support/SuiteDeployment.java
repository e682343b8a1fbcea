package ir.pishkhan.it.support;

import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.context.ContainerContext;
import org.jboss.arquillian.container.spi.event.container.AfterStart;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.AfterClass;
import org.jboss.arquillian.test.spi.event.suite.BeforeClass;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.Archive;

/**
 * One deployment of the EAR for the whole suite. Arquillian starts the test server once per run
 * (failsafe runs every IT in one JVM); this extension deploys the EAR ({@link Deployments}) as
 * soon as the server is up and undeploys it before the server stops. The ITs therefore declare
 * no {@code @Deployment} of the application: a class is an Arquillian test
 * ({@code @ExtendWith(ArquillianExtension.class) @RunAsClient}) and finds the application at
 * {@link Api#BASE}. A class may still add a deployment of its own beside it (an in-container
 * probe, see {@code PersistenceProviderIT}), which Arquillian deploys and undeploys around that
 * class as usual; a class marked {@link FreshDeployment} gets the EAR redeployed first.
 *
 * <p>Registered in {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}.
 */
public final class SuiteDeployment implements LoadableExtension {

    private static final Logger LOG = Logger.getLogger(SuiteDeployment.class.getName());

    private static volatile ManagementClient management;

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Lifecycle.class);
    }

    /** The management client of the running test server (its configuration, as an operator would change it). */
    public static ManagementClient management() {
        if (management == null) {
            throw new IllegalStateException("The test server is not running (is this class an Arquillian test?)");
        }
        return management;
    }

    /** The observer Arquillian calls on its events; one instance per run. */
    public static final class Lifecycle {

        @Inject
        private Instance<ManagementClient> managementClient;

        @Inject
        private Instance<Container> containerInstance;

        @Inject
        private Instance<ContainerContext> containerContext;

        private DeployableContainer<?> container;
        private String containerName;
        private Archive<?> ear;
        /** Some class ran on the current deployment. */
        private boolean used;
        /** A {@link FreshDeployment} class ran on the current deployment and may have used it up. */
        private boolean spent;
        private int deployments;

        public void deploy(@Observes AfterStart event) throws DeploymentException {
            container = event.getDeployableContainer();
            containerName = containerInstance.get().getName();
            management = managementClient.get();
            ear = Deployments.application();
            long started = System.nanoTime();
            container.deploy(ear);
            deployments++;
            LOG.info(() -> "Suite deployment of " + ear.getName() + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        }

        public void undeploy(@Observes BeforeStop event) throws DeploymentException {
            if (container != null && ear != null) {
                container.undeploy(ear);
                LOG.info(() -> ear.getName() + " was deployed " + deployments + " time(s) in this run");
            }
            management = null;
        }

        public void beforeClass(@Observes(precedence = 100) BeforeClass event) throws DeploymentException {
            boolean fresh = event.getTestClass().isAnnotationPresent(FreshDeployment.class);
            if (container != null && (spent || (fresh && used))) {
                LOG.info(() -> "Redeploying " + ear.getName() + " before " + event.getTestClass().getName());
                // Outside the container's own events: its deployer lives in the container's context.
                ContainerContext context = containerContext.get();
                context.activate(containerName);
                try {
                    container.undeploy(ear);
                    container.deploy(ear);
                } finally {
                    context.deactivate();
                }
                deployments++;
                used = false;
                spent = false;
            }
            used = true;
        }

        public void afterClass(@Observes AfterClass event) {
            if (event.getTestClass().isAnnotationPresent(FreshDeployment.class)) {
                spent = true;
            }
        }
    }
}
