package ir.pishkhan.it.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: the application's EntityManagerFactory is EclipseLink's, not Hibernate's.
 * A small probe deployment looks the factory up where the application binds it.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceProviderIT {

    @Deployment(name = "probe")
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "persistence-probe.war").addClass(PersistenceProviderIT.class);
    }

    @Test
    @OperateOnDeployment("probe")
    void entityManagerFactoryIsEclipseLinks() throws Exception {
        EntityManagerFactory emf = (EntityManagerFactory) new InitialContext()
                .lookup("java:global/pishkhan/EntityManagerFactory");
        String implementation = emf.getClass().getName();
        assertTrue(implementation.startsWith("org.eclipse.persistence."), implementation);
        try (var em = emf.createEntityManager()) {
            Object delegate = em.getDelegate();
            assertTrue(delegate.getClass().getName().startsWith("org.eclipse.persistence."),
                    delegate.getClass().getName());
            Number provinces = (Number) em.createNativeQuery("SELECT COUNT(*) FROM province").getSingleResult();
            assertTrue(provinces.intValue() == 31, "provinces: " + provinces);
        }
    }
}
