package ir.pishkhan.rest.shared;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Which Java type each named schema of the document was generated from, found by walking the
 * scanned model beside the types of the resource methods it came from (return type, body,
 * parameters, record components). With that, two things the scanner cannot do:
 * <ul>
 * <li>name a schema after its type rather than its simple name: the scanner numbers
 * {@code Attachment.Kind} and {@code Inspection.Kind} as {@code Kind} and {@code Kind1}, in
 * whichever order it met them; here a type nested in a domain class carries its class's name
 * ({@code AttachmentKind}), and a record nested in a REST adapter keeps its own;</li>
 * <li>describe an enum it could not read (one of the JDK, such as {@code DayOfWeek}), which it
 * leaves as an empty schema.</li>
 * </ul>
 */
final class SchemaTypes {

    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final String DOMAIN_PACKAGE = "ir.pishkhan.";
    private static final String REST_PACKAGE = "ir.pishkhan.rest.";
    private static final List<Class<? extends Annotation>> NOT_BODY = List.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, FormParam.class, MatrixParam.class, BeanParam.class, Context.class);

    private final Map<String, Schema> schemas;
    private final Map<String, Class<?>> types = new HashMap<>();

    SchemaTypes(Map<String, Schema> schemas) {
        this.schemas = schemas == null ? Map.of() : schemas;
    }

    /** A schema declared by name (e.g. on the API definition) rather than met in an operation. */
    void bindNamed(String name, Class<?> type) {
        bind(OASFactory.createSchema().ref(SCHEMA_REF + name), type);
    }

    void bindOperation(Operation op, OpenApiConventions.ResourceMethod rm) {
        Method m = rm.method();
        if (op.getParameters() != null) {
            for (Parameter p : op.getParameters()) {
                bind(p.getSchema(), parameterType(m, p.getName()));
            }
        }
        RequestBody body = op.getRequestBody();
        if (body != null) {
            Type bodyType = bodyType(m);
            contentSchemas(body.getContent()).forEach(s -> bind(s, bodyType));
        }
        if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
            for (Map.Entry<String, APIResponse> r : op.getResponses().getAPIResponses().entrySet()) {
                Type answer = responseType(m, r.getKey());
                contentSchemas(r.getValue().getContent()).forEach(s -> bind(s, answer));
            }
        }
    }

    private void bind(Schema s, Type type) {
        Type t = unwrapOptional(type);
        Class<?> raw = raw(t);
        if (s == null || raw == null || raw == Object.class) {
            return;
        }
        String name = refName(s.getRef());
        if (name != null) {
            if (schemas.containsKey(name) && !types.containsKey(name)) {
                types.put(name, raw);
                bind(schemas.get(name), t);
            }
            return;
        }
        for (List<Schema> group : Arrays.asList(s.getAllOf(), s.getAnyOf(), s.getOneOf())) {
            if (group != null) {
                group.forEach(g -> bind(g, t));
            }
        }
        if (s.getItems() != null) {
            // @Schema(type = ARRAY, implementation = X) names the item type, not a collection.
            Type element = element(t);
            bind(s.getItems(), element != null ? element : t);
        }
        if (s.getAdditionalPropertiesSchema() != null) {
            bind(s.getAdditionalPropertiesSchema(), mapValue(t));
        }
        if (s.getProperties() != null) {
            for (Map.Entry<String, Schema> p : s.getProperties().entrySet()) {
                bind(p.getValue(), property(raw, p.getKey()));
            }
        }
        if (raw.isEnum() && isEmpty(s)) {
            // JSON-B writes an enum constant by its name.
            s.addType(Schema.SchemaType.STRING);
            s.setEnumeration(Arrays.stream(raw.getEnumConstants()).map(c -> (Object) ((Enum<?>) c).name()).toList());
        }
    }

    /**
     * Renames the schemas the scanner named after a simple name (possibly numbered) to the name
     * of their type, and every reference to them. Names given on purpose ({@code @Schema(name)},
     * generic types) are left alone.
     */
    void rename(OpenAPI api) {
        Set<String> taken = new TreeSet<>(schemas.keySet());
        List<Map.Entry<String, Class<?>>> scannerNamed = types.entrySet().stream()
                .filter(e -> e.getKey().matches(Pattern.quote(e.getValue().getSimpleName()) + "\\d*"))
                .sorted(Comparator.comparing((Map.Entry<String, Class<?>> e) -> e.getValue().getName()))
                .toList();
        scannerNamed.forEach(e -> taken.remove(e.getKey()));
        Map<String, String> renames = new HashMap<>();
        for (Map.Entry<String, Class<?>> e : scannerNamed) {
            String chosen = candidates(e.getValue()).stream().filter(n -> !taken.contains(n)).findFirst()
                    .orElse(e.getKey());
            taken.add(chosen);
            if (!chosen.equals(e.getKey())) {
                renames.put(e.getKey(), chosen);
            }
        }
        Components components = api.getComponents();
        if (renames.isEmpty() || components == null || components.getSchemas() == null) {
            return;
        }
        Map<String, Schema> renamed = new TreeMap<>();
        components.getSchemas().forEach((name, schema) -> renamed.put(renames.getOrDefault(name, name), schema));
        components.setSchemas(new LinkedHashMap<>(renamed));
        new References(renames).rewrite(api);
    }

    /** A schema's name, in order of preference. */
    private static List<String> candidates(Class<?> type) {
        List<String> names = new ArrayList<>();
        Class<?> outer = type.getEnclosingClass();
        if (outer == null || type.getName().startsWith(REST_PACKAGE)) {
            names.add(type.getSimpleName());
        }
        if (outer != null) {
            names.add(outer.getSimpleName().replaceFirst("(Resource|Views)$", "") + type.getSimpleName());
        }
        String qualified = type.getName().startsWith(DOMAIN_PACKAGE)
                ? type.getName().substring(DOMAIN_PACKAGE.length()) : type.getName();
        StringBuilder camel = new StringBuilder();
        for (String part : qualified.split("[.$]")) {
            if (!part.isEmpty()) {
                camel.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        names.add(camel.toString());
        return names;
    }

    private static Type responseType(Method m, String code) {
        for (org.eclipse.microprofile.openapi.annotations.responses.APIResponse declared
                : m.getAnnotationsByType(org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class)) {
            if (declared.responseCode().equals(code)) {
                for (org.eclipse.microprofile.openapi.annotations.media.Content c : declared.content()) {
                    if (c.schema().implementation() != Void.class) {
                        return c.schema().implementation();
                    }
                }
            }
        }
        Class<?> returned = m.getReturnType();
        if (returned == Response.class || returned == void.class || !code.startsWith("2")) {
            return null;
        }
        return m.getGenericReturnType();
    }

    private static Type parameterType(Method m, String name) {
        for (java.lang.reflect.Parameter p : m.getParameters()) {
            for (Annotation a : p.getAnnotations()) {
                if (name.equals(paramName(a))) {
                    return p.getParameterizedType();
                }
            }
        }
        return null;
    }

    private static String paramName(Annotation a) {
        if (a instanceof PathParam p) {
            return p.value();
        }
        if (a instanceof QueryParam q) {
            return q.value();
        }
        if (a instanceof HeaderParam h) {
            return h.value();
        }
        if (a instanceof CookieParam c) {
            return c.value();
        }
        return null;
    }

    private static Type bodyType(Method m) {
        for (java.lang.reflect.Parameter p : m.getParameters()) {
            if (NOT_BODY.stream().noneMatch(p::isAnnotationPresent)) {
                return p.getParameterizedType();
            }
        }
        return null;
    }

    private static Type property(Class<?> type, String json) {
        if (type.isRecord()) {
            for (RecordComponent rc : type.getRecordComponents()) {
                if (json.equals(jsonName(rc.getAccessor(), rc.getName()))) {
                    return rc.getGenericType();
                }
            }
            return null;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && json.equals(jsonName(f, f.getName()))) {
                    return f.getGenericType();
                }
            }
        }
        for (Method m : type.getMethods()) {
            String n = m.getName();
            String bean = n.startsWith("get") && n.length() > 3 ? n.substring(3)
                    : n.startsWith("is") && n.length() > 2 ? n.substring(2) : null;
            if (bean != null && m.getParameterCount() == 0
                    && json.equals(jsonName(m, Character.toLowerCase(bean.charAt(0)) + bean.substring(1)))) {
                return m.getGenericReturnType();
            }
        }
        return null;
    }

    private static String jsonName(AnnotatedElement element, String javaName) {
        JsonbProperty p = element.getAnnotation(JsonbProperty.class);
        return p != null && !p.value().isEmpty() ? p.value() : javaName;
    }

    private static Type unwrapOptional(Type t) {
        if (t instanceof ParameterizedType p && p.getRawType() == Optional.class) {
            return p.getActualTypeArguments()[0];
        }
        return t;
    }

    private static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (t instanceof GenericArrayType g) {
            Class<?> component = raw(g.getGenericComponentType());
            return component == null ? null : component.arrayType();
        }
        if (t instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        return null;
    }

    private static Type element(Type t) {
        if (t instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        if (t instanceof GenericArrayType g) {
            return g.getGenericComponentType();
        }
        if (t instanceof ParameterizedType p && Iterable.class.isAssignableFrom(raw(p))) {
            return p.getActualTypeArguments()[0];
        }
        return null;
    }

    private static Type mapValue(Type t) {
        if (t instanceof ParameterizedType p && Map.class.isAssignableFrom(raw(p))) {
            return p.getActualTypeArguments()[1];
        }
        return null;
    }

    private static boolean isEmpty(Schema s) {
        return s.getRef() == null && s.getType() == null && s.getEnumeration() == null && s.getProperties() == null
                && s.getItems() == null && s.getAllOf() == null && s.getAnyOf() == null && s.getOneOf() == null;
    }

    static String refName(String ref) {
        return ref != null && ref.startsWith(SCHEMA_REF) ? ref.substring(SCHEMA_REF.length()) : null;
    }

    private static List<Schema> contentSchemas(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return List.of();
        }
        return content.getMediaTypes().values().stream().map(MediaType::getSchema).filter(s -> s != null).toList();
    }

    /** Points every reference to a renamed schema at its new name, wherever in the document it is. */
    private record References(Map<String, String> renames) {

        void rewrite(OpenAPI api) {
            if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
                for (PathItem item : api.getPaths().getPathItems().values()) {
                    parameters(item.getParameters());
                    for (Operation op : item.getOperations().values()) {
                        parameters(op.getParameters());
                        if (op.getRequestBody() != null) {
                            content(op.getRequestBody().getContent());
                        }
                        if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                            op.getResponses().getAPIResponses().values().forEach(this::response);
                        }
                    }
                }
            }
            Components c = api.getComponents();
            if (c != null) {
                values(c.getSchemas()).forEach(this::schema);
                values(c.getResponses()).forEach(this::response);
                parameters(new ArrayList<>(values(c.getParameters())));
                values(c.getRequestBodies()).forEach(b -> content(b.getContent()));
                values(c.getHeaders()).forEach(this::header);
            }
        }

        private static <T> java.util.Collection<T> values(Map<String, T> map) {
            return map == null ? List.of() : map.values();
        }

        private void parameters(List<Parameter> parameters) {
            if (parameters != null) {
                for (Parameter p : parameters) {
                    schema(p.getSchema());
                    content(p.getContent());
                }
            }
        }

        private void response(APIResponse r) {
            content(r.getContent());
            values(r.getHeaders()).forEach(this::header);
        }

        private void header(Header h) {
            schema(h.getSchema());
            content(h.getContent());
        }

        private void content(Content content) {
            contentSchemas(content).forEach(this::schema);
        }

        private void schema(Schema s) {
            if (s == null) {
                return;
            }
            String name = refName(s.getRef());
            if (name != null && renames.containsKey(name)) {
                s.setRef(SCHEMA_REF + renames.get(name));
            }
            values(s.getProperties()).forEach(this::schema);
            schema(s.getItems());
            schema(s.getNot());
            schema(s.getAdditionalPropertiesSchema());
            for (List<Schema> group : Arrays.asList(s.getAllOf(), s.getAnyOf(), s.getOneOf(), s.getPrefixItems())) {
                if (group != null) {
                    group.forEach(this::schema);
                }
            }
        }
    }
}
