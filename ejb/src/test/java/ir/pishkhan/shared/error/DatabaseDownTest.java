package ir.pishkhan.shared.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseDownTest {

    @Test
    void connectionFailuresDeepInTheCausesAreRecognised() {
        assertTrue(DatabaseDown.in(new IllegalStateException("tx", new RuntimeException(new SQLNonTransientConnectionException("x")))));
        assertTrue(DatabaseDown.in(new RuntimeException(new SQLException("Communications link failure", "08S01"))));
        assertTrue(DatabaseDown.in(new RuntimeException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseDown.in(new RuntimeException("IJ000453: Unable to get managed connection for java:jboss/datasources/PishkhanDS")));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseDown.in(new RuntimeException(new SQLException("Duplicate entry", "23000"))));
        assertFalse(DatabaseDown.in(new IllegalArgumentException("bad")));
        assertFalse(DatabaseDown.in(BusinessException.forbidden()));
    }
}
