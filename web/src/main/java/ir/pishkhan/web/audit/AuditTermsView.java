package ir.pishkhan.web.audit;

import ir.pishkhan.audit.control.AuditTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The audit trail's words for pages ({@code #{auditTerms.action(r.action)}} → «صدور پروانه»), and
 * the Persian choices of the trail's filters. The words themselves live in {@link AuditTerms}.
 */
@Named("auditTerms")
@ApplicationScoped
public class AuditTermsView {

    private final Map<String, String> actionChoices = choices(AuditTerms.actions(), AuditTerms::action);
    private final Map<String, String> objectTypeChoices = choices(AuditTerms.objectTypes(), AuditTerms::objectType);

    public String action(String code) {
        return AuditTerms.action(code);
    }

    public String objectType(String type) {
        return AuditTerms.objectType(type);
    }

    public String actor(String actor) {
        return AuditTerms.actor(actor);
    }

    /** Whether the actor is a person's username (shown as a code), not the system or a citizen. */
    public boolean person(String actor) {
        return actor != null && AuditTerms.actor(actor).equals(actor);
    }

    public String reason(String stored) {
        return AuditTerms.reason(stored);
    }

    /** Whether an object's id is a plain number (shown with Persian digits) rather than a code such as a licence number. */
    public boolean numeric(String objectId) {
        return objectId != null && objectId.matches("[0-9]+");
    }

    /** Persian name → action code, in Persian alphabetical order, for a filter's choices. */
    public Map<String, String> getActionChoices() {
        return actionChoices;
    }

    /** Persian name → object type, in Persian alphabetical order. */
    public Map<String, String> getObjectTypeChoices() {
        return objectTypeChoices;
    }

    private static Map<String, String> choices(Set<String> codes, Function<String, String> name) {
        Collator persian = Collator.getInstance(Locale.forLanguageTag("fa-IR"));
        Map<String, String> byName = new LinkedHashMap<>();
        codes.stream().sorted(Comparator.comparing(name, persian)).forEach(c -> byName.put(name.apply(c), c));
        return byName;
    }
}
