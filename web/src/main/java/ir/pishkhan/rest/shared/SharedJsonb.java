package ir.pishkhan.rest.shared;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for the whole API. Without it RESTEasy builds a new one for every
 * request: a service-loader lookup through the module's jars and a fresh reflection model of
 * the answer's class each time — measured as a third of the CPU of a public licence
 * verification (see docs/PERFORMANCE.md). A Jsonb is thread-safe and keeps its class models.
 */
@Provider
@ApplicationScoped
public class SharedJsonb implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            // Closing only releases the class models; nothing to do if it fails on undeploy.
        }
    }
}
