package ir.pishkhan.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import ir.pishkhan.security.entity.RoleSet;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each role set is declared once, in {@link RoleSet}; the boundaries are the one place that
 * enforces roles. For every boundary bean ({@code @Stateless}, {@code @Singleton} or
 * {@code @ApplicationScoped} in a {@code boundary} package): every public business method says who
 * may call it ({@code @RolesAllowed}, {@code @PermitAll} or {@code @DenyAll}, on the method or the
 * class), and every {@code @RolesAllowed} names exactly one role set or a single role.
 */
class RoleSetsTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ir.pishkhan");
    }

    static List<JavaClass> boundaries() {
        return classes.stream()
                .filter(c -> c.getPackageName().matches("ir\\.pishkhan\\..*\\.boundary(\\..*)?"))
                .filter(c -> c.isAnnotatedWith(Stateless.class) || c.isAnnotatedWith(Singleton.class)
                        || c.isAnnotatedWith(ApplicationScoped.class))
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .toList();
    }

    @Test
    void thereAreBoundaries() {
        assertTrue(boundaries().size() >= 15, () -> "boundaries found: " + boundaries());
    }

    @Test
    void everyBusinessMethodSaysWhoMayCallIt() {
        List<String> missing = new ArrayList<>();
        for (JavaClass boundary : boundaries()) {
            boolean classDeclares = declares(boundary.isAnnotatedWith(RolesAllowed.class),
                    boundary.isAnnotatedWith(PermitAll.class), boundary.isAnnotatedWith(DenyAll.class));
            for (JavaMethod m : boundary.getMethods()) {
                if (!m.getModifiers().contains(JavaModifier.PUBLIC) || m.getModifiers().contains(JavaModifier.STATIC)
                        || m.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                    continue;
                }
                boolean methodDeclares = declares(m.isAnnotatedWith(RolesAllowed.class), m.isAnnotatedWith(PermitAll.class),
                        m.isAnnotatedWith(DenyAll.class));
                String name = boundary.getSimpleName() + "." + m.getName();
                if (!classDeclares && !methodDeclares) {
                    missing.add(name);
                }
            }
        }
        assertTrue(missing.isEmpty(), () -> "public boundary methods without @RolesAllowed or @PermitAll: " + missing);
    }

    @Test
    void everyRolesAllowedIsOneRoleSetOrOneRole() {
        Set<Set<String>> sets = Arrays.stream(RoleSet.values()).map(RoleSet::names).collect(Collectors.toSet());
        List<String> stray = new ArrayList<>();
        for (JavaClass boundary : boundaries()) {
            boundary.tryGetAnnotationOfType(RolesAllowed.class).ifPresent(a -> {
                if (!fits(a.value(), sets)) {
                    stray.add(boundary.getSimpleName() + " " + Arrays.toString(a.value()));
                }
            });
            for (JavaMethod m : boundary.getMethods()) {
                String name = boundary.getSimpleName() + "." + m.getName();
                m.tryGetAnnotationOfType(RolesAllowed.class).ifPresent(a -> {
                    if (!fits(a.value(), sets)) {
                        stray.add(name + " " + Arrays.toString(a.value()));
                    }
                });
            }
        }
        assertTrue(stray.isEmpty(), () -> "@RolesAllowed naming neither one RoleSet nor one role: " + stray);
    }

    private static boolean declares(boolean rolesAllowed, boolean permitAll, boolean denyAll) {
        return rolesAllowed || permitAll || denyAll;
    }

    private static boolean fits(String[] value, Set<Set<String>> sets) {
        Set<String> names = new TreeSet<>(Arrays.asList(value));
        return value.length == 1 || sets.contains(names);
    }

}
