package ir.pishkhan.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Deployments;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The production EAR ({@code target/pishkhan.ear}) holds nothing of the test and demo overlay —
 * not its classes, not its module, not a setting that would switch demo behaviour on — and the
 * demo EAR ({@code target/pishkhan-demo.ear}, which the run command starts and the other tests
 * deploy) is exactly the production EAR plus the overlay. Reads the archives as built, nested
 * jars and WARs included; no server.
 */
class OverlayArchivesIT {

    /** The overlay: demo accounts and data, the adjustable clock and its endpoint, the recording SMS gateway. */
    static final List<String> OVERLAY = List.of(
            "pishkhan-ejb-demo.jar!ir/pishkhan/demo/control/DemoAccounts.class",
            "pishkhan-ejb-demo.jar!ir/pishkhan/demo/control/DemoLicensing.class",
            "pishkhan-ejb-demo.jar!ir/pishkhan/demo/control/AdjustableClock.class",
            "pishkhan-ejb-demo.jar!ir/pishkhan/demo/control/RecordingSmsGateway.class",
            "pishkhan-web.war!WEB-INF/classes/ir/pishkhan/rest/schedule/TestClockResource.class");

    /** Names that would be a way into demo behaviour, in any class of the production EAR. */
    static final List<String> SWITCHES = List.of("pishkhan.demo", "pishkhan.clock.adjustable", "PISHKHAN_DEMO",
            "ir/pishkhan/demo/", "DemoLicensing", "DemoAccounts", "TestClockResource", "RecordingSmsGateway",
            "AdjustableClock", "pishkhan1404", "sms_message");

    @Test
    void theProductionEarHasNothingOfTheOverlay() throws IOException {
        Map<String, byte[]> production = contents(Deployments.PRODUCTION);
        assertTrue(production.containsKey("pishkhan-ejb.jar!ir/pishkhan/notification/control/UnconfiguredSmsGateway.class"),
                "the production EAR was read, nested archives included");
        for (String path : production.keySet()) {
            String name = path.substring(path.lastIndexOf('!') + 1);
            assertFalse(path.startsWith("pishkhan-ejb-demo.jar"), path);
            assertFalse(name.startsWith("ir/pishkhan/demo/") || name.contains("/ir/pishkhan/demo/"), path);
            assertFalse(name.endsWith("/TestClockResource.class") || name.endsWith("/DemoLicensing.class")
                    || name.endsWith("/RecordingSmsGateway.class"), path);
        }
        TreeSet<String> found = new TreeSet<>();
        production.forEach((path, bytes) -> {
            if (path.endsWith(".class") && path.contains("ir/pishkhan/")) {
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                SWITCHES.stream().filter(text::contains).forEach(s -> found.add(path + ": " + s));
            }
        });
        assertTrue(found.isEmpty(), () -> "the production EAR names the overlay or a demo switch: " + found);
        assertEquals(List.of("pishkhan-ejb.jar", "pishkhan-web.war"), modules(production));
    }

    @Test
    void theDemoEarIsTheProductionEarPlusTheOverlay() throws IOException {
        Map<String, byte[]> production = contents(Deployments.PRODUCTION);
        Map<String, byte[]> demo = contents(Deployments.DEMO);
        OVERLAY.forEach(c -> assertTrue(demo.containsKey(c), () -> c + " is missing from the demo EAR"));
        assertEquals(List.of("pishkhan-ejb-demo.jar", "pishkhan-ejb.jar", "pishkhan-web.war"), modules(demo));
        assertTrue(new String(demo.get("META-INF/application.xml"), StandardCharsets.UTF_8)
                .contains("<application-name>pishkhan</application-name>"), "the demo EAR deploys as the application pishkhan");

        TreeSet<String> classes = classes(demo);
        classes.removeAll(classes(production));
        assertEquals(new TreeSet<>(OVERLAY), classes.stream().filter(c -> !c.contains("$")).collect(Collectors.toCollection(TreeSet::new)),
                "the demo EAR's classes beyond the production EAR's are the overlay's");
        TreeSet<String> missing = classes(production);
        missing.removeAll(classes(demo));
        assertTrue(missing.isEmpty(), () -> "production classes missing from the demo EAR: " + missing);
    }

    private static TreeSet<String> classes(Map<String, byte[]> archive) {
        return archive.keySet().stream().filter(p -> p.endsWith(".class")).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The modules application.xml lists, sorted. */
    private static List<String> modules(Map<String, byte[]> ear) {
        Matcher m = Pattern.compile("<(?:web-uri|ejb|java)>([^<]+)</").matcher(
                new String(ear.get("META-INF/application.xml"), StandardCharsets.UTF_8));
        TreeSet<String> modules = new TreeSet<>();
        while (m.find()) {
            modules.add(m.group(1).trim());
        }
        return List.copyOf(modules);
    }

    /** Every file of the archive, nested archives opened: "lib/x.jar!a/B.class" → its bytes. */
    static Map<String, byte[]> contents(Path archive) throws IOException {
        assertTrue(Files.isRegularFile(archive), () -> "build it first: " + archive.toAbsolutePath());
        Map<String, byte[]> files = new TreeMap<>();
        try (InputStream in = Files.newInputStream(archive)) {
            read(in, "", files);
        }
        return files;
    }

    private static void read(InputStream in, String prefix, Map<String, byte[]> files) throws IOException {
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (e.isDirectory()) {
                continue;
            }
            byte[] bytes = zip.readAllBytes();
            String name = prefix + e.getName();
            if (name.endsWith(".jar") || name.endsWith(".war")) {
                read(new ByteArrayInputStream(bytes), name + "!", files);
            } else {
                files.put(name, bytes);
            }
        }
    }
}
