package ir.pishkhan.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.Path;

/**
 * The web module's adapters (REST resources in {@code ir.pishkhan.rest}, JSF beans and servlets
 * in {@code ir.pishkhan.web}) translate and call one boundary method; see docs/ARCHITECTURE.md.
 */
@AnalyzeClasses(packages = {"ir.pishkhan.rest", "ir.pishkhan.web"}, importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

    /**
     * Adapters never reach the database themselves: the boundary does, in its transaction.
     * (Mapping a persistence exception to a problem answer, as {@code rest.shared.ProblemMappers}
     * does, is not reaching the database.)
     */
    @ArchTest
    static final ArchRule adapters_do_not_use_the_entity_manager = noClasses()
            .that().resideInAnyPackage("ir.pishkhan.rest..", "ir.pishkhan.web..")
            .should().dependOnClassesThat().belongToAnyOf(EntityManager.class, EntityManagerFactory.class,
                    PersistenceContext.class, PersistenceUnit.class, Query.class, TypedQuery.class)
            .because("a REST resource or JSF bean calls a boundary, which owns the transaction and the EntityManager");

    /**
     * Adapters call boundaries, not the contexts' control beans. They may use a control
     * package's plain values and renderers (a report {@code Table}, {@code AuditTerms}'
     * Persian labels, {@code QuartzScheduler.JobState}). One exception, stated here: signing in
     * ({@code web.security}: the authentication mechanism, the identity store and the login
     * page) calls {@code security.control.Logins}, which is not a use case behind a role.
     */
    @ArchTest
    static final ArchRule adapters_do_not_call_control_beans = noClasses()
            .that().resideInAnyPackage("ir.pishkhan.rest..", "ir.pishkhan.web..")
            .and().resideOutsideOfPackage("ir.pishkhan.web.security..")
            .should().dependOnClassesThat(controlBeans())
            .because("the boundary is the one entry into a context");

    /**
     * The boundary EJB is the one place that enforces roles: a REST resource declares none. The
     * exceptions are resources without a boundary behind them (the settings view, the test
     * clock).
     */
    @ArchTest
    static final ArchRule resources_leave_roles_to_the_boundary = noClasses()
            .that().resideInAPackage("ir.pishkhan.rest..").and().areAnnotatedWith(Path.class)
            .and(withABoundaryBehindThem())
            .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
            .orShould().beAnnotatedWith(DenyAll.class);

    /** As {@link #resources_leave_roles_to_the_boundary}, for the resources' methods. */
    @ArchTest
    static final ArchRule resource_methods_leave_roles_to_the_boundary = noMethods()
            .that().areDeclaredInClassesThat().resideInAPackage("ir.pishkhan.rest..")
            .and().areDeclaredInClassesThat(withABoundaryBehindThem())
            .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
            .orShould().beAnnotatedWith(DenyAll.class);

    /**
     * Every REST operation is in the OpenAPI document, so AuthorizationMatrixIT, which walks the
     * document and fails on an operation without a matrix row, covers every operation.
     */
    @ArchTest
    static final ArchRule no_operation_is_hidden_from_the_openapi_document = noMethods()
            .should().beAnnotatedWith(DescribedPredicate.describe("@Operation(hidden = true)",
                    (JavaAnnotation<?> a) -> a.getRawType().getName().equals("org.eclipse.microprofile.openapi.annotations.Operation")
                            && Boolean.TRUE.equals(a.get("hidden").orElse(false))));

    /** The resources without a boundary EJB behind them, which therefore keep their role declaration. */
    private static DescribedPredicate<JavaClass> withABoundaryBehindThem() {
        return DescribedPredicate.describe("have a boundary behind them (not SettingsResource, TestClockResource)",
                c -> !c.getSimpleName().equals("SettingsResource") && !c.getSimpleName().equals("TestClockResource"));
    }

    private static DescribedPredicate<JavaClass> controlBeans() {
        return DescribedPredicate.describe("are control beans", c -> c.getPackageName().matches("ir\\.pishkhan\\.[a-z]+\\.control(\\..*)?")
                && (c.isAnnotatedWith(Dependent.class) || c.isAnnotatedWith(RequestScoped.class)
                || c.isAnnotatedWith(ApplicationScoped.class) || c.isAnnotatedWith(Stateless.class)
                || c.isAnnotatedWith(Singleton.class)));
    }
}
