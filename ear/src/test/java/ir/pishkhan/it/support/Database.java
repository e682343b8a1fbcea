package ir.pishkhan.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Direct JDBC access to the test database, for checks the API deliberately cannot make. */
public final class Database {

    private Database() {
    }

    /** The single number a query with one id parameter returns, e.g. a count of a county's rows. */
    public static long count(String sql, long id) throws SQLException {
        try (Connection c = connect(); java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * The sum of a count query over many values: {@code sql} has one {@code %s} where the values'
     * placeholders go ({@code ... IN (%s)}); the values go 500 to a query.
     */
    public static long countIn(Connection c, String sql, java.util.List<String> values) throws SQLException {
        long total = 0;
        for (int i = 0; i < values.size(); i += 500) {
            java.util.List<String> part = values.subList(i, Math.min(values.size(), i + 500));
            String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
            try (java.sql.PreparedStatement ps = c.prepareStatement(String.format(sql, marks))) {
                for (int k = 0; k < part.size(); k++) {
                    ps.setString(k + 1, part.get(k));
                }
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total += rs.getLong(1);
                }
            }
        }
        return total;
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("db.url"), System.getProperty("db.user"),
                System.getProperty("db.password"));
    }
}
