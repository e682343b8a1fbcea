package ir.pishkhan.it.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Checks;
import ir.pishkhan.it.support.Fixtures;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The eight nightly checks, each run through the clustered scheduler ("run now") with the
 * server's clock moved across the date that matters: before it nothing happens, after it the
 * check acts once, and a second run on the same day changes nothing. Plus e-mail delivery to a
 * local SMTP server (GreenMail), SMS recording, retries, and the administrator's controls.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScheduledChecksIT {

    static final String TYPE = "GOVERNMENT_COUNTER";
    static long fars;
    static long countyId;
    static Api clerk;
    static Api official;
    static LocalDate today;

    @BeforeAll
    static void county() {
        Checks.shiftClock(0);
        today = Checks.serverToday();
        fars = Fixtures.provinceId("IR-07");
        countyId = Fixtures.newFarsCounty("شهرستان بررسی شبانه", "Nightly");
        official = Fixtures.login(Fixtures.user("n.official", "PROVINCE_OFFICIAL", "PROVINCE", fars));
        Fixtures.setCapacity(official, countyId, TYPE, 50);
        clerk = Fixtures.login(Fixtures.user("n.clerk", "POST_CLERK", "COUNTY", countyId));
    }

    @AfterEach
    void realTime() {
        Checks.shiftClock(0);
    }

    private static JsonObject issue(String name) {
        Api.Answer issued = clerk.post("/api/licenses/direct", Fixtures.directLicense(Fixtures.application(countyId, TYPE, "دارنده"), Fixtures.office(name + " " + Api.unique())));
        assertEquals(201, issued.status(), issued::toString);
        return issued.json();
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static String status(long licenseId) {
        return Checks.value("SELECT status FROM license WHERE id = ?", licenseId);
    }

    private static long notifications(String keyPrefix) {
        return Checks.number("SELECT COUNT(*) FROM notification WHERE dedup_key LIKE ?", keyPrefix + "%");
    }

    @Test
    void renewalRemindersAreSentAt90And30And7DaysEachOnce() {
        JsonObject l = issue("دفتر یادآوری");
        String number = l.getString("number");
        LocalDate expiry = today.plusDays(95);
        Checks.update("UPDATE license SET expiry_date = ? WHERE id = ?", expiry, id(l));
        String key = "RENEWAL_REMINDER:" + number + ":" + expiry + ":";

        Checks.run("RENEWAL_REMINDERS");
        assertEquals(0, notifications(key), "95 days before expiry nothing is due");

        Checks.shiftClock(5);
        JsonObject first = Checks.run("RENEWAL_REMINDERS");
        assertEquals("SUCCEEDED", first.getString("outcome"), first::toString);
        assertEquals(1, notifications(key + "90"));
        JsonObject again = Checks.run("RENEWAL_REMINDERS");
        assertEquals(0, again.getInt("changed"), "the same day twice sends nothing twice: " + again);
        assertEquals(1, notifications(key + "90"));

        Checks.shiftClock(65);
        Checks.run("RENEWAL_REMINDERS");
        assertEquals(1, notifications(key + "30"));
        // A missed night: 6 days left, only the 7-day reminder goes out.
        Checks.shiftClock(89);
        Checks.run("RENEWAL_REMINDERS");
        assertEquals(1, notifications(key + "7"));
        assertEquals(3, notifications(key));
        assertEquals("SMS", Checks.value("SELECT channel FROM notification WHERE dedup_key = ?", key + "7"));
        assertEquals("09121234567", Checks.value("SELECT recipient FROM notification WHERE dedup_key = ?", key + "7"));
    }

    @Test
    void aLicencePastGraceExpiresAndItsSlotGoesToTheNextApplicant() {
        long county = Fixtures.newFarsCounty("شهرستان انقضا", "Expiry");
        Fixtures.setCapacity(official, county, TYPE, 1);
        Api countyClerk = Fixtures.login(Fixtures.user("n.clerk", "POST_CLERK", "COUNTY", county));
        JsonObject l = countyClerk.post("/api/licenses/direct", Fixtures.directLicense(Fixtures.application(county, TYPE, "قدیمی"), Fixtures.office("دفتر منقضی " + Api.unique()))).json();
        Api.Answer waiting = countyClerk.post("/api/applications", Fixtures.application(county, TYPE, "منتظر"));
        assertEquals(201, waiting.status(), waiting::toString);
        long applicationId = id(waiting.json());
        // Grace is 30 days: expired 30 days ago, its last day of grace is today.
        Checks.update("UPDATE license SET expiry_date = ? WHERE id = ?", today.minusDays(30), id(l));

        Checks.run("EXPIRY");
        assertEquals("ACTIVE", status(id(l)), "still within grace today");

        Checks.shiftClock(1);
        JsonObject run = Checks.run("EXPIRY");
        assertTrue(run.getInt("changed") >= 1, run::toString);
        assertEquals("EXPIRED", status(id(l)));
        assertEquals(today.plusDays(1).toString(), Checks.value("SELECT closed_on FROM license WHERE id = ?", id(l)));
        assertEquals("INVITED", Checks.value("SELECT status FROM application WHERE id = ?", applicationId),
                "the freed slot is offered to the next applicant");
        assertEquals("system", Checks.value("SELECT actor FROM audit_record WHERE action = 'INVITATION_SENT' AND object_id = ?"
                + " ORDER BY seq DESC LIMIT 1", String.valueOf(applicationId)), "scheduled work is audited as the system");
        assertEquals(1, Checks.number("SELECT COUNT(*) FROM audit_record WHERE action = 'LICENSE_EXPIRED' AND object_id = ?"
                + " AND actor = 'system'", l.getString("number")));
        assertEquals(1, notifications("LICENSE_EXPIRED:" + l.getString("number")));

        Checks.run("EXPIRY");
        assertEquals(1, Checks.number("SELECT occupied FROM capacity_book WHERE county_id = ?", county),
                "run twice, the slot was freed and taken once");
        assertEquals(1, Checks.number("SELECT COUNT(*) FROM invitation i JOIN application a ON a.id = i.application_id"
                + " WHERE a.county_id = ?", county));
    }

    @Test
    void aSuspensionIsLiftedTheDayAfterItsLastDay() {
        JsonObject l = issue("دفتر تعلیقی");
        Checks.update("UPDATE license SET status = 'SUSPENDED', suspended_until = ? WHERE id = ?", today.plusDays(1), id(l));

        Checks.shiftClock(1);
        Checks.run("SUSPENSION_END");
        assertEquals("SUSPENDED", status(id(l)), "the last day of the suspension is still suspended");

        Checks.shiftClock(2);
        Checks.run("SUSPENSION_END");
        assertEquals("ACTIVE", status(id(l)));
        assertNull(Checks.value("SELECT suspended_until FROM license WHERE id = ?", id(l)));
        assertEquals(1, notifications("LICENSE_REINSTATED:" + l.getString("number")));
        assertEquals("REINSTATED", Checks.value("SELECT type FROM license_event WHERE license_id = ? ORDER BY id DESC"
                + " LIMIT 1", id(l)));
    }

    @Test
    void anUnansweredInvitationLapsesAndTheNextApplicantIsInvited() {
        long county = Fixtures.newFarsCounty("شهرستان دعوت", "Lapse");
        Fixtures.setCapacity(official, county, TYPE, 1);
        Api countyClerk = Fixtures.login(Fixtures.user("n.clerk", "POST_CLERK", "COUNTY", county));
        JsonObject holder = countyClerk.post("/api/licenses/direct", Fixtures.directLicense(Fixtures.application(county, TYPE,
                "دارنده"), Fixtures.office("دفتر واگذار " + Api.unique()))).json();
        long first = id(countyClerk.post("/api/applications", Fixtures.application(county, TYPE, "نخست")).json());
        long second = id(countyClerk.post("/api/applications", Fixtures.application(county, TYPE, "دوم")).json());
        Api.Answer surrendered = countyClerk.post("/api/licenses/" + id(holder) + "/surrender", Api.json("expectedVersion",
                holder.getJsonNumber("version").longValue(), "reason", "انصراف دارنده"));
        assertEquals(200, surrendered.status(), surrendered::toString);
        assertEquals("INVITED", Checks.value("SELECT status FROM application WHERE id = ?", first));
        long invitation = Fixtures.invitationOf(first);
        Checks.update("UPDATE invitation SET deadline = ? WHERE id = ?", today.plusDays(2), invitation);

        Checks.shiftClock(2);
        Checks.run("INVITATION_LAPSE");
        assertEquals("OPEN", Checks.value("SELECT status FROM invitation WHERE id = ?", invitation), "the deadline day counts");

        Checks.shiftClock(3);
        Checks.run("INVITATION_LAPSE");
        assertEquals("LAPSED", Checks.value("SELECT status FROM invitation WHERE id = ?", invitation));
        assertEquals("CLOSED", Checks.value("SELECT status FROM application WHERE id = ?", first));
        assertEquals("INVITED", Checks.value("SELECT status FROM application WHERE id = ?", second));
        assertEquals(1, Checks.number("SELECT occupied FROM capacity_book WHERE county_id = ?", county));
        Checks.run("INVITATION_LAPSE");
        assertEquals("INVITED", Checks.value("SELECT status FROM application WHERE id = ?", second));
    }

    @Test
    void missedDeadlinesAreEscalatedOnceToTheNamedSupervisorAndMailed() throws Exception {
        String supervisor = Fixtures.user("n.super", "PROVINCE_OFFICIAL", "PROVINCE", fars);
        String mailbox = supervisor + "@example.ir";
        Api.Answer contact = Api.admin().put("/api/users/" + supervisor + "/contact", Api.json("email", mailbox.toUpperCase(),
                "mobile", "۰۹۱۷۰۰۰۰۰۰۰"));
        assertEquals(200, contact.status(), contact::toString);
        assertEquals(mailbox, contact.json().getString("email"));
        assertEquals("09170000000", contact.json().getString("mobile"));
        Api.Answer badMail = Api.admin().put("/api/users/" + supervisor + "/contact", Api.json("email", "not-a-mail"));
        assertEquals(400, badMail.status(), badMail::toString);
        assertEquals("INVALID_EMAIL", badMail.json().getString("code"));
        JsonObject l = issue("دفتر دیرکرد");
        long license = id(l);
        Checks.update("INSERT INTO complaint (tracking_code, license_id, county_id, body, filed_at, due_on, status)"
                + " VALUES (?, ?, ?, 'شکایت آزمون', NOW(6), ?, 'FILED')", "T" + Api.unique(), license, countyId, today);
        long complaint = Checks.number("SELECT MAX(id) FROM complaint WHERE license_id = ?", license);
        Checks.update("INSERT INTO violation_report (county_id, license_id, category_code, source, description, reported_by,"
                + " reported_at, response_due, status) VALUES (?, ?, 'MANAGER_ABSENT', 'AGENCY', 'گزارش آزمون', 'it',"
                + " NOW(6), ?, 'REPORTED')", countyId, license, today);
        long report = Checks.number("SELECT MAX(id) FROM violation_report WHERE license_id = ?", license);

        Checks.run("MISSED_DEADLINES");
        assertNull(Checks.value("SELECT escalated_on FROM complaint WHERE id = ?", complaint), "due today is not late");

        Checks.shiftClock(1);
        Checks.run("MISSED_DEADLINES");
        assertEquals(today.plusDays(1).toString(), Checks.value("SELECT escalated_on FROM complaint WHERE id = ?", complaint));
        assertEquals(today.plusDays(1).toString(), Checks.value("SELECT escalated_on FROM violation_report WHERE id = ?", report));
        String complaintKey = "DEADLINE_ESCALATED:Complaint:" + complaint + ":" + supervisor;
        assertEquals(mailbox, Checks.value("SELECT recipient FROM notification WHERE dedup_key = ?", complaintKey));
        assertEquals("EMAIL", Checks.value("SELECT channel FROM notification WHERE dedup_key = ?", complaintKey));
        assertEquals(1, notifications("DEADLINE_ESCALATED:ViolationReport:" + report + ":" + supervisor));

        Checks.shiftClock(2);
        Checks.run("MISSED_DEADLINES");
        assertEquals(today.plusDays(1).toString(), Checks.value("SELECT escalated_on FROM complaint WHERE id = ?", complaint),
                "escalated once");
        assertEquals(1, notifications(complaintKey));

        // Delivery: the first attempt finds no mail server and is retried later; then it arrives.
        Checks.run("NOTIFICATION_DELIVERY");
        assertEquals("QUEUED", Checks.value("SELECT status FROM notification WHERE dedup_key = ?", complaintKey));
        assertTrue(Checks.number("SELECT attempts FROM notification WHERE dedup_key = ?", complaintKey) >= 1);
        assertNotNull(Checks.value("SELECT last_error FROM notification WHERE dedup_key = ?", complaintKey));
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port", 3025), "127.0.0.1", "smtp"));
        smtp.start();
        try {
            Checks.shiftClock(3); // past the retry pause
            Checks.run("NOTIFICATION_DELIVERY");
            assertEquals("SENT", Checks.value("SELECT status FROM notification WHERE dedup_key = ?", complaintKey));
            MimeMessage mail = List.of(smtp.getReceivedMessages()).stream()
                    .filter(m -> {
                        try {
                            return m.getAllRecipients()[0].toString().equals(mailbox);
                        } catch (jakarta.mail.MessagingException e) {
                            throw new IllegalStateException(e);
                        }
                    }).filter(m -> {
                        try {
                            return m.getContent().toString().contains("شکایت");
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }).findFirst().orElseThrow(() -> new AssertionError("no mail for " + mailbox));
            assertEquals("ارجاع مهلت گذشته", mail.getSubject());
            assertTrue(mail.getContent().toString().contains("کاربر آزمون"), "names the supervisor");
            long toSupervisor = List.of(smtp.getReceivedMessages()).stream().filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals(mailbox);
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).count();
            assertEquals(2, toSupervisor, "one mail per escalated item (the complaint and the report), nothing twice");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void offencePointsAreRecomputedAndAgeOut() {
        JsonObject l = issue("دفتر امتیاز");
        long license = id(l);
        Checks.update("INSERT INTO violation_report (county_id, license_id, category_code, source, description, reported_by,"
                + " reported_at, response_due, status, decision, points, decided_on) VALUES (?, ?, 'OVERCHARGING', 'AGENCY',"
                + " 'گزارش آزمون', 'it', NOW(6), ?, 'DECIDED', 'WRITTEN_WARNING', 60, ?)",
                countyId, license, today.minusMonths(12).plusDays(1), today.minusMonths(12).plusDays(1));

        Checks.run("OFFENCE_POINTS");
        assertEquals("60", Checks.value("SELECT points FROM offence_standing WHERE license_id = ?", license));
        assertEquals("SUSPENSION", Checks.value("SELECT suggested FROM offence_standing WHERE license_id = ?", license));
        assertEquals(1, notifications("OFFENCE_STANDING:" + l.getString("number") + ":SUSPENSION"));
        Checks.run("OFFENCE_POINTS");
        assertEquals(1, notifications("OFFENCE_STANDING:" + l.getString("number")));

        // A day later the violation is more than 12 months old.
        Checks.shiftClock(1);
        Checks.run("OFFENCE_POINTS");
        assertEquals("0", Checks.value("SELECT points FROM offence_standing WHERE license_id = ?", license));
        assertEquals("NONE", Checks.value("SELECT suggested FROM offence_standing WHERE license_id = ?", license));
    }

    @Test
    void inspectionsAreFlaggedDueThenOverdue() {
        JsonObject l = issue("دفتر بازرسی");
        String number = l.getString("number");
        // Due six months after issuance: 20 days from now; notice goes 14 days ahead.
        Checks.update("UPDATE license SET issue_date = ? WHERE id = ?", today.plusDays(20).minusMonths(6), id(l));
        LocalDate due = today.plusDays(20);

        Checks.run("INSPECTIONS_DUE");
        assertEquals(0, notifications("INSPECTION_DUE:" + number));
        Checks.shiftClock(6);
        Checks.run("INSPECTIONS_DUE");
        assertEquals(1, notifications("INSPECTION_DUE:" + number + ":" + due + ":county"));
        Checks.shiftClock(21);
        Checks.run("INSPECTIONS_DUE");
        assertEquals(1, notifications("INSPECTION_OVERDUE:" + number + ":" + due + ":county"));
        assertEquals(1, notifications("INSPECTION_OVERDUE:" + number + ":" + due + ":province"));
        Checks.run("INSPECTIONS_DUE");
        assertEquals(3, notifications("INSPECTION_"  + "DUE:" + number) + notifications("INSPECTION_OVERDUE:" + number));
    }

    @Test
    void anOccupancyDriftIsAnAlarmNeverASilentFix() {
        long county = Fixtures.newFarsCounty("شهرستان شمارش", "Recount");
        Fixtures.setCapacity(official, county, TYPE, 5);
        Api countyClerk = Fixtures.login(Fixtures.user("n.clerk", "POST_CLERK", "COUNTY", county));
        assertEquals(201, countyClerk.post("/api/licenses/direct", Fixtures.directLicense(Fixtures.application(county, TYPE, "شمارش"), Fixtures.office("دفتر شمارش " + Api.unique()))).status());
        long book = Checks.number("SELECT id FROM capacity_book WHERE county_id = ?", county);
        String key = "OCCUPANCY_DRIFT:" + book + ":";

        Checks.run("OCCUPANCY_RECOUNT");
        assertEquals(0, notifications(key), "books agree with the licences");

        Checks.update("UPDATE capacity_book SET occupied = occupied + 2 WHERE id = ?", book);
        try {
            JsonObject run = Checks.run("OCCUPANCY_RECOUNT");
            assertTrue(run.getInt("alarms") >= 1, run::toString);
            assertTrue(run.getString("errors").contains("book " + book + "): booked 3, counted 1"), run::toString);
            assertEquals(1, notifications(key));
            assertEquals("national:ADMIN", Checks.value("SELECT recipient FROM notification WHERE dedup_key LIKE ?", key + "%"));
            assertEquals(3, Checks.number("SELECT occupied FROM capacity_book WHERE id = ?", book), "not silently fixed");
            Checks.run("OCCUPANCY_RECOUNT");
            assertEquals(1, notifications(key), "one alarm a day for the same drift");
        } finally {
            Checks.update("UPDATE capacity_book SET occupied = occupied - 2 WHERE id = ?", book);
        }
    }

    @Test
    void everyCheckRunTwiceChangesNothingTheSecondTime() {
        List<String> checks = List.of("RENEWAL_REMINDERS", "EXPIRY", "SUSPENSION_END", "INVITATION_LAPSE", "MISSED_DEADLINES",
                "OFFENCE_POINTS", "INSPECTIONS_DUE", "OCCUPANCY_RECOUNT");
        JsonObject l = issue("دفتر دوباره");
        Checks.update("UPDATE license SET expiry_date = ?, status = 'SUSPENDED', suspended_until = ? WHERE id = ?",
                today.plusDays(5), today.minusDays(1), id(l));
        checks.forEach(Checks::run);
        // Asking for a run is itself audited (CHECK_RUN_REQUESTED); everything else must stay still.
        String changes = "SELECT COUNT(*) FROM audit_record WHERE action <> 'CHECK_RUN_REQUESTED'";
        long audit = Checks.number(changes);
        long messages = Checks.number("SELECT COUNT(*) FROM notification");
        String licences = Checks.value("SELECT SUM(CRC32(CONCAT(id, status, COALESCE(suspended_until, ''), version)))"
                + " FROM license");
        for (String check : checks) {
            JsonObject second = Checks.run(check);
            assertEquals(0, second.getInt("changed"), () -> check + " changed something the second time: " + second);
        }
        assertEquals(audit, Checks.number(changes), "no new audit records");
        assertEquals(messages, Checks.number("SELECT COUNT(*) FROM notification"), "no new notifications");
        assertEquals(licences, Checks.value("SELECT SUM(CRC32(CONCAT(id, status, COALESCE(suspended_until, ''), version)))"
                + " FROM license"), "no licence row changed");
        assertEquals("ACTIVE", status(id(l)), "the first round did lift the suspension");
    }

    @Test
    void anAdministratorSeesPausesResumesAndReschedulesTheChecks() {
        Api admin = Api.admin();
        var jobs = admin.get("/api/schedule/jobs").array();
        assertEquals(9, jobs.size(), jobs::toString);
        JsonObject expiry = jobs.stream().map(v -> (JsonObject) v).filter(j -> j.getString("check").equals("EXPIRY"))
                .findFirst().orElseThrow();
        assertEquals("0 10 1 * * ?", expiry.getString("cron"));
        assertTrue(expiry.containsKey("nextFire") && !expiry.isNull("nextFire"), expiry::toString);

        assertEquals(204, admin.post("/api/schedule/jobs/EXPIRY/pause", "").status());
        assertTrue(admin.get("/api/schedule/jobs/EXPIRY").json().getBoolean("paused"));
        Api.Answer bad = admin.put("/api/schedule/jobs/EXPIRY/cron", Api.json("cron", "every night", "version",
                expiry.getJsonNumber("version").longValue()));
        assertEquals(400, bad.status(), bad::toString);
        assertEquals("INVALID_CRON", bad.json().getString("code"));
        Api.Answer moved = admin.put("/api/schedule/jobs/EXPIRY/cron", Api.json("cron", "0 15 1 * * ?", "version",
                expiry.getJsonNumber("version").longValue()));
        assertEquals(200, moved.status(), moved::toString);
        assertEquals("0 15 1 * * ?", moved.json().getString("cron"));
        assertTrue(moved.json().getBoolean("paused"), "a new time keeps the pause");
        assertEquals(409, admin.put("/api/schedule/jobs/EXPIRY/cron", Api.json("cron", "0 20 1 * * ?", "version",
                expiry.getJsonNumber("version").longValue())).status(), "stale version");
        assertEquals(204, admin.post("/api/schedule/jobs/EXPIRY/resume", "").status());
        JsonObject resumed = admin.get("/api/schedule/jobs/EXPIRY").json();
        assertTrue(!resumed.getBoolean("paused"));
        assertEquals(200, admin.put("/api/schedule/jobs/EXPIRY/cron", Api.json("cron", "0 10 1 * * ?", "version",
                resumed.getJsonNumber("version").longValue())).status());
        assertEquals(404, admin.post("/api/schedule/jobs/NO_SUCH_CHECK/runs", "").status());
        assertTrue(Checks.number("SELECT COUNT(*) FROM audit_record WHERE action = 'CHECK_PAUSED' AND object_id = 'EXPIRY'"
                + " AND actor = ?", Api.ADMIN) >= 1, "pausing is on the audit trail");
    }
}
