package ir.pishkhan.it.support;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

/** The test server's log, read from a mark on: what the server wrote while a test acted. */
public final class ServerLog {

    public static final Path FILE = Path.of(System.getProperty("server.log", "target/arquillian-server/log/server.log"));

    private final long mark;

    private ServerLog(long mark) {
        this.mark = mark;
    }

    /** Marks the end of the log as it is now. */
    public static ServerLog mark() throws IOException {
        return new ServerLog(Files.size(FILE));
    }

    /** What the server logged since the mark. */
    public String since() throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(FILE.toFile(), "r")) {
            byte[] b = new byte[(int) Math.max(0, f.length() - mark)];
            f.seek(mark);
            f.readFully(b);
            return new String(b, StandardCharsets.UTF_8);
        }
    }

    /** Waits up to ten seconds until the text logged since the mark satisfies {@code condition}. */
    public String awaitSince(Predicate<String> condition) throws Exception {
        long until = System.currentTimeMillis() + 10_000;
        String text = since();
        while (!condition.test(text) && System.currentTimeMillis() < until) {
            Thread.sleep(100);
            text = since();
        }
        return text;
    }
}
