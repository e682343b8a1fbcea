package ir.pishkhan.bench;

import ir.pishkhan.shared.identity.NationalCode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contended issuance: 50 new counties at capacity N, many concurrent clerks' requests issuing
 * directly until every county answers CAPACITY_FULL. Prints issuances per second and checks that
 * exactly N licences were issued in each county (never more, never fewer).
 * <pre>java ... IssuanceBench BASE_URL ADMIN PASSWORD [N=20] [threads=64]</pre>
 */
public final class IssuanceBench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String admin = auth(args[1], args[2]);
        int capacity = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 64;
        String run = Long.toString(System.currentTimeMillis(), 36);
        String provinces = send(base, "GET", "/api/provinces", admin, null).body();
        Matcher tehran = Pattern.compile("\\{[^}]*\"code\":\"IR-23\"[^}]*}").matcher(provinces);
        if (!tehran.find()) {
            throw new IllegalStateException("No province IR-23 in " + provinces);
        }
        Matcher idm = ID.matcher(tehran.group());
        idm.find();
        long province = Long.parseLong(idm.group(1));
        String password = "Bench-Pass-1404";
        String official = "bench.official." + run;
        user(base, admin, official, password, "PROVINCE_OFFICIAL", "PROVINCE", province);
        List<long[]> counties = new ArrayList<>();
        List<String> clerks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            HttpResponse<String> c = send(base, "POST", "/api/counties", admin, "{\"provinceId\":" + province
                    + ",\"nameFa\":\"شهرستان سنجش " + run + " " + i + "\",\"nameEn\":\"Bench " + run + " " + i
                    + "\",\"reason\":\"benchmark\"}");
            Matcher m = ID.matcher(c.body());
            if (c.statusCode() != 201 || !m.find()) {
                throw new IllegalStateException("county: " + c.body());
            }
            long county = Long.parseLong(m.group(1));
            counties.add(new long[] {county});
            send(base, "PUT", "/api/counties/" + county + "/capacity/GOVERNMENT_COUNTER", auth(official, password),
                    "{\"capacity\":" + capacity + ",\"reason\":\"benchmark\"}");
            String clerk = "bench.clerk." + run + "." + i;
            user(base, admin, clerk, password, "POST_CLERK", "COUNTY", county);
            clerks.add(auth(clerk, password));
        }
        ConcurrentHashMap<Long, AtomicInteger> issued = new ConcurrentHashMap<>();
        AtomicInteger full = new AtomicInteger();
        AtomicLong requests = new AtomicLong();
        AtomicLong serial = new AtomicLong(700_000_000L + (System.currentTimeMillis() % 10_000_000L) * 10);
        boolean[] closed = new boolean[50];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int start = t;
            pool.submit(() -> {
                int k = start % 50;
                while (full.get() < 50) {
                    k = (k + 1) % 50;
                    synchronized (closed) {
                        if (closed[k]) {
                            continue;
                        }
                    }
                    long county = counties.get(k)[0];
                    String nine = String.valueOf(serial.incrementAndGet()).substring(0, 9);
                    String code = nine + NationalCode.checkDigit(nine);
                    String body = "{\"application\":{\"applicant\":{\"nationalCode\":\"" + code + "\",\"firstName\":\"سنجش\","
                            + "\"lastName\":\"آزمون\",\"phone\":\"09121234567\",\"education\":\"BACHELOR\"},\"countyId\":" + county
                            + ",\"officeType\":\"GOVERNMENT_COUNTER\",\"proposedLocality\":\"مرکز\",\"documents\":[\"NATIONAL_ID_CARD\","
                            + "\"BIRTH_CERTIFICATE\",\"EDUCATION_CERTIFICATE\",\"MILITARY_SERVICE_STATUS\",\"CRIMINAL_RECORD_CLEARANCE\","
                            + "\"NO_ADDICTION_CERTIFICATE\",\"PREMISES_DEED_OR_LEASE\",\"PHOTO\"]},\"office\":{\"officeName\":\"دفتر سنجش\","
                            + "\"address\":\"خیابان اصلی\",\"receiptRef\":\"B-" + code + "\"}}";
                    try {
                        HttpResponse<String> r = send(base, "POST", "/api/licenses/direct", clerks.get(k), body);
                        requests.incrementAndGet();
                        if (r.statusCode() == 201) {
                            issued.computeIfAbsent(county, c -> new AtomicInteger()).incrementAndGet();
                        } else if (r.body().contains("CAPACITY_FULL")) {
                            synchronized (closed) {
                                if (!closed[k]) {
                                    closed[k] = true;
                                    full.incrementAndGet();
                                }
                            }
                        } else if (r.statusCode() >= 500) {
                            System.err.println("server error: " + r.body());
                        }
                    } catch (Exception e) {
                        System.err.println(e);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - t0) / 1e9;
        int total = issued.values().stream().mapToInt(AtomicInteger::get).sum();
        long exact = counties.stream().filter(c -> {
            HttpResponse<String> cap = send(base, "GET", "/api/counties/" + c[0] + "/capacity", admin, null);
            return cap.body().contains("\"occupied\":" + capacity) && issued.getOrDefault(c[0], new AtomicInteger()).get() == capacity;
        }).count();
        System.out.printf("issuance|%d|%d|%.1f|%.1f|%d%n", total, requests.get(), seconds, total / seconds, exact);
    }

    private static void user(String base, String admin, String username, String password, String role, String scope, long ref) {
        send(base, "POST", "/api/users", admin, "{\"username\":\"" + username + "\",\"displayName\":\"سنجش\",\"password\":\""
                + password + "\"}");
        HttpResponse<String> g = send(base, "POST", "/api/users/" + username + "/grants", admin, "{\"role\":\"" + role
                + "\",\"scopeType\":\"" + scope + "\",\"scopeId\":" + ref + ",\"reason\":\"benchmark\"}");
        if (g.statusCode() != 201) {
            throw new IllegalStateException("grant: " + g.body());
        }
    }

    private static String auth(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(String base, String method, String path, String authorization, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).header("Accept", "application/json");
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }
}
