package ir.pishkhan.rest.shared;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API under {@code /api}. Resources are thin adapters onto the boundaries in the ejb
 * module: they translate JSON records to calls and results to JSON, and nothing else. Clients
 * authenticate with HTTP Basic; the OpenAPI document is served at {@code /openapi}.
 */
@ApplicationPath("api")
public class RestApplication extends Application {
}
