package ir.pishkhan.shared.error;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises "the database cannot be reached" anywhere in an exception's causes: a JDBC
 * connection failure (SQL state class 08), a refused socket, or the connection pool unable to
 * hand out a connection. Adapters answer it with 503 and a Persian "temporarily unavailable"
 * instead of an internal error; the server itself keeps running and reconnects when the
 * database is back.
 */
public final class DatabaseDown {

    private DatabaseDown() {
    }

    public static boolean in(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            String type = t.getClass().getName();
            String message = String.valueOf(t.getMessage());
            if (type.startsWith("jakarta.resource.") && message.contains("Unable to get managed connection")) {
                return true;
            }
            if (message.contains("IJ000453") || message.contains("IJ031084") || message.contains("Could not connect to address")
                    || message.contains("Socket fail to connect") || message.contains("Connection refused")) {
                return true;
            }
        }
        return false;
    }
}
