package ir.pishkhan.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.revocation.entity.RevocationCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every action code and object type the application writes to the audit trail has a Persian name,
 * and every reason the application writes itself is Persian. The codes are found by reading the
 * sources: the arguments of each {@code new AuditLog.Change(...)} and of each call of the audited-change
 * helpers ({@code audit.change/changeAndReturn/created/removed/noted(...)}, with or without a system
 * actor first), the object types the {@code Audited} entities name ({@code auditType()}), and — where
 * an argument is a parameter of the enclosing helper (as in {@code record(String action, ...)}) — the
 * arguments of every call of that helper in the same file. A new code written anywhere fails this
 * test until it is named in {@link AuditTerms}.
 */
class AuditTermsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern CHANGE = Pattern.compile("new\\s+AuditLog\\.Change\\s*\\(");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern METHOD = Pattern.compile("(?m)^[ \\t]*(?:(?:private|public|protected|static|final|synchronized)\\s+)*"
            + "(?:<[^>]*>\\s+)?[\\w.]+(?:<[^()]*?>)?(?:\\[\\])*\\s+(\\w+)\\s*\\(([^()]*)\\)\\s*(?:throws [\\w., ]+)?\\{");
    private static final int ACTION = 0;
    private static final int OBJECT_TYPE = 1;
    private static final int REASON = 7;
    /** A call of an {@code AuditLog} helper on the conventional field ({@code audit}, {@code auditLog}). */
    private static final Pattern HELPER = Pattern.compile(
            "(?<![\\w.])audit\\w*\\.(change|changeAndReturn|created|removed|noted)\\s*\\(");
    /** The helpers' arguments without a system actor: change(action, subject, reason, fn), created(action, subject, reason)… */
    private static final java.util.Map<String, Integer> HELPER_ARITY = java.util.Map.of(
            "change", 4, "changeAndReturn", 4, "created", 3, "removed", 3, "noted", 3);
    private static final Pattern AUDIT_TYPE = Pattern.compile(
            "String\\s+auditType\\s*\\(\\s*\\)\\s*\\{\\s*return\\s+\"(\\w+)\"");

    private static final Set<String> actions = new TreeSet<>();
    private static final Set<String> actionPrefixes = new TreeSet<>();
    private static final Set<String> objectTypes = new TreeSet<>();
    private static final Set<String> reasons = new TreeSet<>();

    @BeforeAll
    static void readTheSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(AuditTermsTest::scan);
        }
    }

    @Test
    void theScanFindsTheTrailsCodes() {
        // Guards the scanner itself: codes written directly, through a helper, and by a ternary.
        assertTrue(actions.containsAll(Set.of("LICENSE_ISSUED", "COUNTY_RENAMED", "CONTRACT_SUSPENDED",
                "WG_SESSION_SCHEDULED", "VIOLATION_NOTICE_SENT", "USER_ENABLED", "USER_DISABLED")), actions::toString);
        assertTrue(objectTypes.containsAll(Set.of("License", "ServiceContract", "RevocationCase", "Complaint")),
                objectTypes::toString);
        assertTrue(actionPrefixes.contains("REVOCATION_"), actionPrefixes::toString);
        assertTrue(actions.size() > 50, "found " + actions.size());
    }

    @Test
    void everyActionCodeWrittenHasAPersianName() {
        List<String> unnamed = actions.stream().filter(a -> !AuditTerms.knowsAction(a)).toList();
        assertEquals(List.of(), unnamed, "action codes without a Persian name in AuditTerms");
    }

    @Test
    void everyVerdictOfAProvinceHasAPersianName() {
        // Revocations writes "REVOCATION_" + the verdict's name.
        for (RevocationCase.Verdict v : RevocationCase.Verdict.values()) {
            assertTrue(AuditTerms.knowsAction("REVOCATION_" + v.name()), v.name());
        }
        assertEquals(Set.of("REVOCATION_"), actionPrefixes, "a new computed action code needs its own check here");
    }

    @Test
    void everyObjectTypeWrittenHasAPersianName() {
        List<String> unnamed = objectTypes.stream().filter(t -> !AuditTerms.knowsObjectType(t)).toList();
        assertEquals(List.of(), unnamed, "object types without a Persian name in AuditTerms");
    }

    @Test
    void everyReasonTheApplicationWritesItselfIsPersian() {
        List<String> latin = reasons.stream().filter(r -> r.matches(".*[A-Za-z].*")).toList();
        assertEquals(List.of(), latin, "reasons written in Latin letters");
        assertFalse(reasons.isEmpty());
    }

    @Test
    void namesAreReadableAndUnique() {
        assertEquals("صدور پروانه", AuditTerms.action("LICENSE_ISSUED"));
        assertEquals("قرارداد خدمت", AuditTerms.objectType("ServiceContract"));
        assertEquals("سامانه", AuditTerms.actor("system"));
        assertEquals("kavar.clerk", AuditTerms.actor("kavar.clerk"));
        assertEquals("SOMETHING_NEW", AuditTerms.action("SOMETHING_NEW"), "an unknown code shows as itself");
        assertEquals(AuditTerms.actions().size(), AuditTerms.actions().stream().map(AuditTerms::action).distinct().count(),
                "two codes share a Persian name");
        for (String code : AuditTerms.actions()) {
            assertFalse(AuditTerms.action(code).matches(".*[A-Za-z0-9].*"), code);
        }
    }

    @Test
    void reasonsWrittenInEnglishBeforeReadInPersian() {
        assertEquals("ظرفیت خالی در شهرستان", AuditTerms.reason("A slot is free in the county"));
        assertEquals("دادهٔ نمایشی", AuditTerms.reason("Demo data"));
        assertEquals("دلیل یک کاربر", AuditTerms.reason("دلیل یک کاربر"));
    }

    // ---- the scanner ---------------------------------------------------------------------

    private static void scan(Path file) {
        String source;
        try {
            source = blankComments(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher change = CHANGE.matcher(source);
        while (change.find()) {
            List<String> args = arguments(source, change.end());
            collect(source, change.start(), args, ACTION, actions);
            collect(source, change.start(), args, OBJECT_TYPE, objectTypes);
            collect(source, change.start(), args, REASON, reasons);
        }
        Matcher helper = HELPER.matcher(source);
        while (helper.find()) {
            List<String> args = arguments(source, helper.end());
            int actor = args.size() > HELPER_ARITY.get(helper.group(1)) ? 1 : 0; // the system-actor form
            collect(source, helper.start(), args, actor, actions);
            collect(source, helper.start(), args, actor + 2, reasons);
        }
        Matcher type = AUDIT_TYPE.matcher(source);
        while (type.find()) {
            objectTypes.add(type.group(1));
        }
    }

    /** The literals of argument {@code index}, or, if it is a parameter of the enclosing method, of that method's callers. */
    private static void collect(String source, int at, List<String> args, int index, Set<String> into) {
        String arg = args.get(index).trim();
        if (arg.matches("\\w+")) {
            forwarded(source, at, arg, into);
            return;
        }
        literals(arg, into);
    }

    private static void forwarded(String source, int at, String parameter, Set<String> into) {
        // The enclosing method: the last declaration before the call (statements such as if and catch look alike).
        Matcher m = METHOD.matcher(source);
        String method = null;
        String parameters = "";
        while (m.find() && m.start() < at) {
            if (!Set.of("if", "for", "while", "switch", "catch", "synchronized").contains(m.group(1))) {
                method = m.group(1);
                parameters = m.group(2);
            }
        }
        int position = -1;
        List<String> params = List.of(parameters.split(","));
        for (int i = 0; i < params.size(); i++) {
            String[] words = params.get(i).trim().split("\\s+");
            if (words[words.length - 1].equals(parameter)) {
                position = i;
            }
        }
        if (method == null || position < 0) {
            return; // a local variable, e.g. a reason the caller typed
        }
        Matcher call = Pattern.compile("(?<![\\w.])" + method + "\\s*\\(").matcher(source);
        while (call.find()) {
            List<String> args = arguments(source, call.end());
            if (position < args.size() && !args.get(position).trim().matches("(final\\s+)?[\\w<>.]+\\s+\\w+")) {
                literals(args.get(position), into);
            }
        }
    }

    private static void literals(String expression, Set<String> into) {
        Matcher lit = LITERAL.matcher(expression);
        while (lit.find()) {
            String text = lit.group(1);
            if (text.isEmpty()) {
                continue;
            }
            int end = lit.end();
            boolean concatenated = expression.substring(end).trim().startsWith("+");
            if (concatenated && text.endsWith("_")) {
                actionPrefixes.add(text);
            } else if (into != actions || text.matches("[A-Z][A-Z0-9_]*")) {
                into.add(text);
            }
        }
    }

    /** The top-level arguments of the call whose opening parenthesis ends at {@code from}. */
    private static List<String> arguments(String s, int from) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                i = endOfLiteral(s, i);
            } else if (c == '\'') {
                i = s.indexOf('\'', i + (s.charAt(i + 1) == '\\' ? 3 : 2));
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                if (depth == 0) {
                    args.add(s.substring(start, i));
                    return args;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(s.substring(start, i));
                start = i + 1;
            }
        }
        throw new IllegalStateException("unbalanced call at " + from);
    }

    private static int endOfLiteral(String s, int open) {
        for (int i = open + 1; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == '"') {
                return i;
            }
        }
        throw new IllegalStateException("unterminated literal at " + open);
    }

    /** Comments replaced by spaces, so commented-out code is not read as code. */
    private static String blankComments(String s) {
        StringBuilder b = new StringBuilder(s);
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c == '"') {
                i = endOfLiteral(s, i);
            } else if (c == '\'') {
                i = s.indexOf('\'', i + (s.charAt(i + 1) == '\\' ? 3 : 2));
            } else if (c == '/' && i + 1 < b.length() && b.charAt(i + 1) == '/') {
                while (i < b.length() && b.charAt(i) != '\n') {
                    b.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < b.length() && b.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2) + 2;
                while (i < end) {
                    if (b.charAt(i) != '\n') {
                        b.setCharAt(i, ' ');
                    }
                    i++;
                }
                i--;
            }
        }
        return b.toString();
    }
}
