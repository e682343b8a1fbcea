package ir.pishkhan.health.boundary;

import ir.pishkhan.shared.persistence.DatabaseMigrations;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import javax.sql.DataSource;

/**
 * Whether this node can serve: the database answers and its schema is fully migrated. Load
 * balancers and operators poll it; it reveals nothing but these facts.
 */
@Stateless
@PermitAll
public class Readiness {

    @Resource(lookup = "java:jboss/datasources/PishkhanDS")
    DataSource dataSource;

    @EJB
    DatabaseMigrations migrations;

    /** The readiness report; {@code ready} is true only if every part is. */
    public record Report(boolean ready, boolean databaseUp, String schemaVersion, int pendingMigrations,
                         String problem) implements java.io.Serializable {
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Report check() {
        try (Connection c = dataSource.getConnection()) {
            if (!c.isValid(2)) {
                return new Report(false, false, null, -1, "database connection is not valid");
            }
        } catch (Exception e) {
            return new Report(false, false, null, -1, "database unreachable: " + e.getClass().getSimpleName());
        }
        try {
            DatabaseMigrations.SchemaState state = migrations.state();
            return new Report(state.upToDate(), true, state.currentVersion(), state.pending(),
                    state.upToDate() ? null : "schema migrations pending");
        } catch (Exception e) {
            return new Report(false, true, null, -1, "schema state unknown: " + e.getClass().getSimpleName());
        }
    }
}
