package ir.pishkhan.rest.shared;

import ir.pishkhan.shared.error.ErrorKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * The conventions of the served OpenAPI document, applied to every operation the scanner found,
 * so that an endpoint added tomorrow is documented like the others without anyone remembering to:
 * <ul>
 * <li>its {@code operationId} from the resource and method ({@code LicensesResource.renew} →
 * {@code licensesRenew}), its tag from the bounded context of its package
 * ({@code rest.license} → {@code license}), its summary from {@code openapi.properties};</li>
 * <li>HTTP Basic for everything but the anonymous operations: those under {@code /public/} and
 * those that declare an empty {@code @SecurityRequirementsSet};</li>
 * <li>the problem answers it can give, from the way errors are mapped once in this package: the
 * statuses of the {@link ErrorKind}s a use case can refuse with, 401/403 when it needs a signed-in
 * caller, 429 for the rate-limited public endpoints and 503 when the database is down;</li>
 * <li>schema names without the scanner's numbers: a type nested in a domain class is named
 * with its class ({@code Attachment.Kind} → {@code AttachmentKind}), because several contexts
 * have a {@code Kind} or a {@code Status}.</li>
 * </ul>
 * A method that answers something else (201, 204, a file) says so with {@code @APIResponse}.
 */
public class OpenApiConventions implements OASFilter {

    static final String SECURITY_SCHEME = "basicAuth";
    static final String PROBLEM_SCHEMA = "Problem";

    private static final Logger LOG = Logger.getLogger(OpenApiConventions.class.getName());
    private static final String REST_PACKAGE = "ir.pishkhan.rest.";
    /** Answered by the problem mapper when the database cannot be reached (no ErrorKind). */
    private static final int DATABASE_UNAVAILABLE = 503;
    /** Component names of the shared problem answers, by status. */
    private static final Map<Integer, String> ANSWER_NAMES = Map.of(
            400, "BadRequest", 401, "Unauthorized", 403, "Forbidden", 404, "NotFound", 409, "Conflict",
            422, "UnprocessableContent", 429, "TooManyRequests", 503, "ServiceUnavailable");

    private final Properties text = load("openapi.properties");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Components components = api.getComponents();
        SchemaTypes types = new SchemaTypes(components.getSchemas());
        types.bindNamed(PROBLEM_SCHEMA, Problem.class);
        Map<String, Tag> tags = new TreeMap<>();
        Set<Integer> answers = new TreeSet<>();
        Map<String, PathItem> paths = api.getPaths() == null ? Map.of() : api.getPaths().getPathItems();
        for (Map.Entry<String, PathItem> path : paths.entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                try {
                    describe(path.getKey(), entry.getKey(), entry.getValue(), types, tags, answers);
                } catch (RuntimeException e) {
                    // A documentation gap must never stop the application from deploying; the
                    // lint test reports the operation that was left undescribed.
                    LOG.log(Level.WARNING, "Cannot describe " + entry.getKey() + " " + path.getKey(), e);
                }
            }
        }
        for (int status : answers) {
            components.addResponse(answerName(status), problemAnswer(status));
        }
        List<Tag> declared = api.getTags() == null ? List.of() : api.getTags();
        declared.forEach(t -> tags.putIfAbsent(t.getName(), t));
        api.setTags(new ArrayList<>(tags.values()));
        if (api.getServers() == null || api.getServers().isEmpty()) {
            // Relative to where the document was fetched: the paths already carry the context root.
            api.setServers(List.of(OASFactory.createServer().url("/")
                    .description("The server this document was fetched from")));
        }
        try {
            types.rename(api);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot rename the generated schemas", e);
        }
    }

    private void describe(String path, PathItem.HttpMethod httpMethod, Operation op, SchemaTypes types,
                          Map<String, Tag> tags, Set<Integer> answers) {
        ResourceMethod rm = ResourceMethod.of(op.getOperationId(), httpMethod, getClass().getClassLoader());
        if (rm == null) {
            LOG.warning("No resource method for " + httpMethod + " " + path + " (" + op.getOperationId() + ")");
            return;
        }
        String id = rm.operationId();
        op.setOperationId(id);
        String context = rm.context();
        op.setTags(new ArrayList<>(List.of(context)));
        tags.computeIfAbsent(context, c -> OASFactory.createTag().name(c).description(joined("tag." + c)));
        String[] written = text(id);
        if (written == null) {
            LOG.warning("No summary for operation " + id + " in openapi.properties; derived from its name");
        }
        if (op.getSummary() == null) {
            op.setSummary(written == null ? rm.derivedSummary() : written[0]);
        }
        if (op.getDescription() == null && written != null && written.length > 1) {
            op.setDescription(written[1]);
        }
        boolean anonymous = declaredAnonymous(op) || isPublicPath(path);
        if (op.getSecurity() == null) {
            op.setSecurity(new ArrayList<>(List.of(anonymous ? OASFactory.createSecurityRequirement()
                    : OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME))));
        }
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = op.getResponses();
        for (int status : errorStatuses(httpMethod, op, anonymous, isPublicPath(path))) {
            String code = String.valueOf(status);
            if (!responses.hasAPIResponse(code)) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(answerName(status)));
                answers.add(status);
            }
        }
        types.bindOperation(op, rm);
    }

    /**
     * The problem answers an operation can give, following {@link ProblemMappers}: a refused
     * use case answers the status of its {@link ErrorKind}; an anonymous caller of a protected
     * operation 401 and a caller without the role or scope 403; a bad path parameter (or a query
     * parameter that does not convert) 404; a malformed or invalid body 400; a change can meet a
     * concurrent change or an existing object (409) or a domain rule (422); the anonymous public
     * endpoints are rate-limited (429); without the database everything answers 503.
     */
    static Set<Integer> errorStatuses(PathItem.HttpMethod method, Operation op, boolean anonymous,
                                      boolean rateLimited) {
        List<Parameter> params = op.getParameters() == null ? List.of() : op.getParameters();
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        Set<Integer> statuses = new TreeSet<>();
        if (op.getRequestBody() != null || !params.isEmpty()) {
            statuses.add(ErrorKind.INVALID.httpStatus());
        }
        if (!anonymous) {
            statuses.add(ErrorKind.UNAUTHENTICATED.httpStatus());
            statuses.add(ErrorKind.FORBIDDEN.httpStatus());
        }
        if (params.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH
                || (p.getIn() == Parameter.In.QUERY && !isString(p.getSchema())))) {
            statuses.add(ErrorKind.NOT_FOUND.httpStatus());
        }
        if (changes) {
            statuses.add(ErrorKind.CONFLICT.httpStatus());
            statuses.add(ErrorKind.RULE.httpStatus());
        }
        if (rateLimited) {
            statuses.add(ErrorKind.TOO_MANY.httpStatus());
        }
        statuses.add(DATABASE_UNAVAILABLE);
        return statuses;
    }

    /**
     * An operation that needs no sign-in says so with an empty {@code @SecurityRequirementsSet}
     * ({@code security: [{}]}). {@code @PermitAll} does not tell: on a resource it also lets in
     * the callers whom the use case then requires to be signed in ({@code /me}).
     */
    private static boolean declaredAnonymous(Operation op) {
        return op.getSecurity() != null && !op.getSecurity().isEmpty()
                && op.getSecurity().stream().allMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty());
    }

    /** The anonymous endpoints under {@code /public/}, as {@link PublicRateLimitFilter} limits them. */
    private static boolean isPublicPath(String path) {
        return (path + "/").contains("/public/");
    }

    private static boolean isString(Schema schema) {
        return schema != null && schema.getRef() == null && schema.getType() != null
                && schema.getType().equals(List.of(Schema.SchemaType.STRING));
    }

    private String answerName(int status) {
        return ANSWER_NAMES.getOrDefault(status, "Problem" + status + "Answer");
    }

    private APIResponse problemAnswer(int status) {
        APIResponse answer = OASFactory.createAPIResponse()
                .description(Objects.requireNonNullElse(joined("answer." + status), "A problem document (RFC 9457)."))
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
        if (status == ErrorKind.UNAUTHENTICATED.httpStatus()) {
            answer.addHeader("WWW-Authenticate", OASFactory.createHeader()
                    .description("Basic realm=\"pishkhan\", charset=\"UTF-8\"")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
        if (status == ErrorKind.TOO_MANY.httpStatus() || status == DATABASE_UNAVAILABLE) {
            answer.addHeader("Retry-After", OASFactory.createHeader()
                    .description("Seconds to wait before trying again.")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        }
        return answer;
    }

    /** A line of {@code openapi.properties}: English, and Persian after a {@code |} if given. */
    private String[] text(String key) {
        String line = text.getProperty(key);
        return line == null ? null : Arrays.stream(line.split("\\|", 2)).map(String::strip).toArray(String[]::new);
    }

    private String joined(String key) {
        String[] parts = text(key);
        return parts == null ? null : String.join(" — ", parts);
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = OpenApiConventions.class.getResourceAsStream(name)) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * The JAX-RS method an operation was scanned from. The scanner names operations
     * {@code package.Class_method} (mp.openapi.extensions.smallrye.operationIdStrategy), which is
     * how the filter finds its way back to the code.
     */
    record ResourceMethod(Class<?> resource, Method method) {

        static ResourceMethod of(String scannedId, PathItem.HttpMethod httpMethod, ClassLoader loader) {
            if (scannedId == null) {
                return null;
            }
            for (int i = scannedId.indexOf('_'); i > 0; i = scannedId.indexOf('_', i + 1)) {
                Class<?> resource;
                try {
                    resource = Class.forName(scannedId.substring(0, i), false, loader);
                } catch (ClassNotFoundException e) {
                    continue;
                }
                String name = scannedId.substring(i + 1);
                for (Class<?> c = resource; c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Method m : c.getDeclaredMethods()) {
                        if (m.getName().equals(name) && handles(m, httpMethod)) {
                            return new ResourceMethod(resource, m);
                        }
                    }
                }
            }
            return null;
        }

        private static boolean handles(Method m, PathItem.HttpMethod httpMethod) {
            return Arrays.stream(m.getAnnotations()).anyMatch(a -> {
                jakarta.ws.rs.HttpMethod designator = a.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
                return designator != null && designator.value().equals(httpMethod.name());
            });
        }

        /** The bounded context: the package below {@code ir.pishkhan.rest}. */
        String context() {
            String name = resource.getName();
            if (!name.startsWith(REST_PACKAGE)) {
                return "other";
            }
            String rest = name.substring(REST_PACKAGE.length());
            return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : "other";
        }

        /**
         * {@code LicensesResource.renew} → {@code licensesRenew}; {@code MeResource.me} → {@code me},
         * {@code CheckRunsResource.runs} → {@code checkRuns}. Stable as long as the names are.
         */
        String operationId() {
            String noun = resource.getSimpleName().replaceFirst("Resource$", "");
            noun = Character.toLowerCase(noun.charAt(0)) + noun.substring(1);
            String verb = method.getName();
            String capitalized = Character.toUpperCase(verb.charAt(0)) + verb.substring(1);
            return verb.equals(noun) || noun.endsWith(capitalized) ? noun : noun + capitalized;
        }

        /** A summary from the method's name, when {@code openapi.properties} has none. */
        String derivedSummary() {
            String words = method.getName().replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " ("
                    + resource.getSimpleName().replaceFirst("Resource$", "").toLowerCase(Locale.ROOT) + ")";
        }
    }
}
