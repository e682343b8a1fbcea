package ir.pishkhan.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Map;

/**
 * The arrows between the bounded contexts, as docs/ARCHITECTURE.md ("Allowed arrows") draws them.
 *
 * <p>The rules hold with no exceptions: any violation fails the build. (They were introduced
 * frozen while the contexts were being repaired; that store is gone.)
 */
@AnalyzeClasses(packages = "ir.pishkhan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * The level of each part of the application, lowest first. A part may depend on parts at its
     * own level or below, never above. {@code place} and {@code office} straddle security: their
     * entities (and place's reference-data migration) are the lowest reference data, their use
     * cases sit above security. {@code audit} straddles it the other way: the trail every context
     * writes ({@code audit.entity}, {@code audit.control}) is below security, the auditors' use
     * case that reads it within their scope ({@code audit.boundary}) above.
     */
    static final Map<String, Integer> LEVELS = Map.ofEntries(
            Map.entry("shared", 0),
            Map.entry("place.entity", 1), Map.entry("office.entity", 1),
            Map.entry("audit.trail", 2),
            Map.entry("security", 3),
            Map.entry("place", 4), Map.entry("office", 4), Map.entry("calendar", 4), Map.entry("audit", 4),
            Map.entry("notification", 4), Map.entry("schedule", 4),
            Map.entry("capacity", 5),
            Map.entry("license", 6),
            Map.entry("violation", 7),
            Map.entry("complaint", 8), Map.entry("inspection", 8), Map.entry("revocation", 8),
            Map.entry("workinggroup", 9),
            Map.entry("report", 10), Map.entry("health", 10), Map.entry("rollout", 10));

    /** The part of the application a class belongs to (see {@link #LEVELS}); null outside the contexts. */
    static String part(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith("ir.pishkhan.")) {
            return null;
        }
        String[] p = pkg.substring("ir.pishkhan.".length()).split("\\.");
        String context = p[0];
        String layer = p.length > 1 ? p[1] : "";
        if ((context.equals("place") && (layer.equals("entity") || layer.equals("migration")))
                || (context.equals("office") && layer.equals("entity"))) {
            return context + ".entity";
        }
        if (context.equals("audit") && (layer.equals("entity") || layer.equals("control"))) {
            return "audit.trail";
        }
        return LEVELS.containsKey(context) ? context : null;
    }

    static final SliceAssignment PARTS = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String part = part(javaClass);
            return part == null ? SliceIdentifier.ignore() : SliceIdentifier.of(part);
        }

        @Override
        public String getDescription() {
            return "the contexts' parts of docs/ARCHITECTURE.md";
        }
    };

    static final ArchCondition<JavaClass> DEPEND_ONLY_AT_OR_BELOW_THEIR_LEVEL =
            new ArchCondition<>("depend only on contexts at or below their own level") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String from = part(origin);
                    if (from == null) {
                        return;
                    }
                    for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                        String to = part(d.getTargetClass());
                        if (to != null && LEVELS.get(to) > LEVELS.get(from)) {
                            events.add(SimpleConditionEvent.violated(d, from + " (level " + LEVELS.get(from) + ") → "
                                    + to + " (level " + LEVELS.get(to) + "): " + d.getDescription()));
                        }
                    }
                }
            };

    /** (1) A context depends only on contexts at or below its level. */
    @ArchTest
    static final ArchRule contexts_depend_only_downwards = classes().that().resideInAPackage("ir.pishkhan..")
            .should(DEPEND_ONLY_AT_OR_BELOW_THEIR_LEVEL);

    /** (2) Entities know nothing of use cases or policies. */
    @ArchTest
    static final ArchRule entities_do_not_depend_on_boundaries_or_controls = noClasses()
            .that().resideInAPackage("ir.pishkhan..entity..")
            .should().dependOnClassesThat().resideInAnyPackage("ir.pishkhan..boundary..", "ir.pishkhan..control..");

    /** (3) A boundary never uses another context's boundary (its own context's is fine). */
    @ArchTest
    static final ArchRule boundaries_do_not_use_other_contexts_boundaries = classes()
            .that().resideInAPackage("ir.pishkhan..boundary..")
            .should(new ArchCondition<>("not depend on another context's boundary") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String own = context(origin);
                    for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = d.getTargetClass();
                        if (target.getPackageName().matches("ir\\.pishkhan\\.[a-z]+\\.boundary(\\..*)?")
                                && !context(target).equals(own)) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                }
            });

    /** (4) No cycles between the contexts' parts. */
    @ArchTest
    static final ArchRule no_cycles_between_contexts = slices().assignedFrom(PARTS).should().beFreeOfCycles();

    /** Sanity: every class of the application belongs to a part with a level. */
    @ArchTest
    static void every_context_has_a_level(JavaClasses all) {
        for (JavaClass c : all) {
            if (c.getPackageName().startsWith("ir.pishkhan.") && part(c) == null) {
                throw new AssertionError(c.getName() + " is in no context of ArchitectureTest.LEVELS");
            }
        }
    }

    static String context(JavaClass c) {
        return c.getPackageName().substring("ir.pishkhan.".length()).split("\\.")[0];
    }
}
