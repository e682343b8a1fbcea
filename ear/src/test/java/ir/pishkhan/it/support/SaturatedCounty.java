package ir.pishkhan.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** One fresh saturated county with its staff, one licensed office with two contracts. */
public final class SaturatedCounty {

    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tehran"));

    public final long id;
    public final long province = Fixtures.provinceId("IR-07");
    public final String officialName;
    public final String secretaryName;
    public final Api official;
    public final Api clerk;
    public final Api secretary;
    public final List<String> memberNames;
    public final List<Api> members;
    public final Api gasReporter;
    public final long licenseId;
    public final String licenseNumber;
    public final Api manager;
    public final long waitingApplication;

    public SaturatedCounty(String name) {
        id = Fixtures.newFarsCounty("شهرستان " + name, name);
        officialName = Fixtures.user("rv.official", "PROVINCE_OFFICIAL", "PROVINCE", province);
        official = Fixtures.login(officialName);
        clerk = Fixtures.login(Fixtures.user("rv.clerk", "POST_CLERK", "COUNTY", id));
        secretaryName = Fixtures.user("rv.sec", "WG_SECRETARY", "COUNTY", id);
        secretary = Fixtures.login(secretaryName);
        memberNames = List.of(Fixtures.user("rv.m1", "WG_MEMBER", "COUNTY", id),
                Fixtures.user("rv.m2", "WG_MEMBER", "COUNTY", id), Fixtures.user("rv.m3", "WG_MEMBER", "COUNTY", id));
        members = memberNames.stream().map(Fixtures::login).toList();
        gasReporter = Fixtures.login(Fixtures.user("rv.gas", "AGENCY_REPORTER", "PROVINCE", province));
        Fixtures.setCapacity(official, id, "GOVERNMENT_COUNTER", 1);
        Api.Answer license = clerk.post("/api/licenses/direct", Fixtures.directLicense(Fixtures.application(id,
                "GOVERNMENT_COUNTER", "متخلف"), Fixtures.office("دفتر پیشخوان " + name)));
        assertEquals(201, license.status(), license::toString);
        licenseId = license.json().getJsonNumber("id").longValue();
        licenseNumber = license.json().getString("number");
        for (String agency : List.of("GAS", "ELECTRICITY")) {
            Api.Answer c = clerk.post("/api/licenses/" + licenseId + "/contracts",
                    Api.json("agency", agency, "services", "خدمات " + agency, "since", "2025-01-01"));
            assertEquals(201, c.status(), c::toString);
        }
        manager = Fixtures.login(Fixtures.user("rv.office", "OFFICE_MANAGER", "OFFICE", licenseId));
        Api.Answer waiting = clerk.post("/api/applications", Fixtures.application(id, "GOVERNMENT_COUNTER", "منتظر"));
        assertEquals(201, waiting.status(), waiting::toString);
        waitingApplication = waiting.json().getJsonNumber("id").longValue();
        assertEquals("WAITING", waiting.json().getString("status"));
    }

    /** Files a gas report, accepts it and sends the notice; returns the report. */
    public JsonObject noticedReport(String category) {
        Api.Answer filed = gasReporter.post("/api/violations", Api.json("licenseId", licenseId, "category", category,
                "description", "دریافت وجه اضافه بر تعرفه از مشترکان گاز در چند نوبت", "occurredOn", TODAY.minusDays(3).toString()));
        assertEquals(201, filed.status(), filed::toString);
        JsonObject report = filed.json();
        assertEquals("REPORTED", report.getString("status"));
        report = clerk.post("/api/violations/" + Fixtures.id(report) + "/screening",
                Api.json("expectedVersion", report.getInt("version"), "founded", true, "note", "مستندات کافی است")).json();
        assertEquals("ACCEPTED", report.getString("status"), report::toString);
        report = clerk.post("/api/violations/" + Fixtures.id(report) + "/notice", Api.json("expectedVersion", report.getInt("version"))).json();
        assertEquals("NOTICE_SENT", report.getString("status"), report::toString);
        return report;
    }

    /** Schedules a session today with these members present and puts the report on its agenda. */
    public long sessionWith(JsonObject report, List<String> present) {
        Api.Answer session = secretary.post("/api/wg-sessions", Api.json("countyId", id, "date", TODAY.toString(),
                "time", "10:30", "place", "سالن جلسات ادارهٔ پست"));
        assertEquals(201, session.status(), session::toString);
        long sessionId = session.json().getJsonNumber("id").longValue();
        Api.Answer attendance = secretary.put("/api/wg-sessions/" + sessionId + "/attendance", new Bodies.Attendance(present));
        assertEquals(200, attendance.status(), attendance::toString);
        assertEquals(present.size(), attendance.json().getInt("present"));
        Api.Answer agenda = secretary.post("/api/wg-sessions/" + sessionId + "/agenda", Api.json("reportId", Fixtures.id(report)));
        assertEquals(200, agenda.status(), agenda::toString);
        return sessionId;
    }

    public JsonObject report(JsonObject report) {
        return clerk.get("/api/violations/" + Fixtures.id(report)).json();
    }

    public JsonObject license() {
        return clerk.get("/api/licenses/" + licenseId).json();
    }

    public void defend(JsonObject report) {
        Api.Answer defended = manager.post("/api/violations/" + Fixtures.id(report) + "/defence",
                Api.json("text", "مبلغ اضافه بابت کارمزد خدمات جانبی بوده و رسید آن موجود است."));
        assertEquals(200, defended.status(), defended::toString);
    }

    public void allVote(JsonObject report, String outcome) {
        for (Api m : members) {
            Api.Answer vote = m.put("/api/violations/" + Fixtures.id(report) + "/vote", Api.json("outcome", outcome));
            assertEquals(200, vote.status(), vote::toString);
        }
    }

    public Api.Answer decide(JsonObject report, String outcome, Integer days) {
        JsonObject fresh = report(report);
        return secretary.post("/api/violations/" + Fixtures.id(report) + "/decision", Api.json("expectedVersion", fresh.getInt("version"),
                "outcome", outcome, "suspensionDays", days,
                "rationale", "تکرار دریافت وجه غیررسمی با وجود تذکرهای پیشین و دفاعیهٔ ناکافی"));
    }
}
