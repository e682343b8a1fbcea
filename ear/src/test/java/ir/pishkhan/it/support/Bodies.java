package ir.pishkhan.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * Typed request bodies of the REST API, serialised with Jakarta JSON (Parsson): what the tests
 * send is built from fields with names and types, never from hand-written JSON text. Each is a
 * record whose {@link Body#json()} is the body and whose {@code toString()} is its JSON text;
 * {@link Api#post(String, Body)} and {@link Api#put(String, Body)} send one. The usual values
 * come from {@link Fixtures} ({@code Fixtures.application(county, "RURAL_ICT", "نام")},
 * {@code Fixtures.office("دفتر")}); the {@code with…} methods change one field. Bodies that are
 * malformed on purpose (the security probes) stay text.
 */
public final class Bodies {

    private Bodies() {
    }

    /** A request body. */
    public interface Body {
        JsonObject json();
    }

    /** Every document an application must list. */
    public static final List<String> ALL_DOCUMENTS = List.of("NATIONAL_ID_CARD", "BIRTH_CERTIFICATE", "EDUCATION_CERTIFICATE",
            "MILITARY_SERVICE_STATUS", "CRIMINAL_RECORD_CLEARANCE", "NO_ADDICTION_CERTIFICATE", "PREMISES_DEED_OR_LEASE", "PHOTO");

    /** An applicant, or the new holder of a transferred licence. */
    public record Person(String nationalCode, String firstName, String lastName, String phone, String education) implements Body {
        @Override
        public JsonObject json() {
            return Json.createObjectBuilder().add("nationalCode", nationalCode).add("firstName", firstName)
                    .add("lastName", lastName).add("phone", phone).add("education", education).build();
        }

        @Override
        public String toString() {
            return json().toString();
        }
    }

    /** POST /api/applications: a new application. */
    public record Application(Person applicant, long countyId, String officeType, String proposedLocality, List<String> documents)
            implements Body {

        public Application withNationalCode(String code) {
            return new Application(new Person(code, applicant.firstName(), applicant.lastName(), applicant.phone(),
                    applicant.education()), countyId, officeType, proposedLocality, documents);
        }

        public Application withDocuments(String... kinds) {
            return new Application(applicant, countyId, officeType, proposedLocality, List.of(kinds));
        }

        @Override
        public JsonObject json() {
            return Json.createObjectBuilder().add("applicant", applicant.json()).add("countyId", countyId)
                    .add("officeType", officeType).add("proposedLocality", proposedLocality).add("documents", strings(documents))
                    .build();
        }

        @Override
        public String toString() {
            return json().toString();
        }
    }

    /** The office part of an issuance. */
    public record Office(String officeName, String address, String receiptRef) implements Body {

        public Office withReceiptRef(String ref) {
            return new Office(officeName, address, ref);
        }

        @Override
        public JsonObject json() {
            return Json.createObjectBuilder().add("officeName", officeName).add("address", address).add("receiptRef", receiptRef)
                    .build();
        }

        @Override
        public String toString() {
            return json().toString();
        }
    }

    /** POST /api/licenses/direct: an application and its licence in one step. */
    public record DirectLicense(Application application, Office office) implements Body {

        public DirectLicense withReceiptRef(String ref) {
            return new DirectLicense(application, office.withReceiptRef(ref));
        }

        @Override
        public JsonObject json() {
            return Json.createObjectBuilder().add("application", application.json()).add("office", office.json()).build();
        }

        @Override
        public String toString() {
            return json().toString();
        }
    }

    /** POST /api/licenses: the licence of an application at the head of the waitlist or invited. */
    public record Issuance(long applicationId, Office office) implements Body {
        @Override
        public JsonObject json() {
            return Json.createObjectBuilder().add("applicationId", applicationId).add("office", office.json()).build();
        }

        @Override
        public String toString() {
            return json().toString();
        }
    }

    /** PUT /api/wg-sessions/{id}/attendance: the members present. */
    public record Attendance(List<String> present) implements Body {
        @Override
        public JsonObject json() {
            return Json.createObjectBuilder().add("present", strings(present)).build();
        }

        @Override
        public String toString() {
            return json().toString();
        }
    }

    /** PUT /api/provinces/{id}/calendar/days-off: a province's weekly days off. */
    public record DaysOff(List<String> days, String reason) implements Body {
        @Override
        public JsonObject json() {
            return Json.createObjectBuilder().add("days", strings(days)).add("reason", reason).build();
        }

        @Override
        public String toString() {
            return json().toString();
        }
    }

    /** PUT /api/office-rules/policies/{type}: the rules of an office type. */
    public record OfficePolicy(int validityYears, int renewalWindowDays, int graceDays, int invitationDays, int retransferYears,
            int lateFeePercent, String reason) implements Body {
        @Override
        public JsonObject json() {
            return Json.createObjectBuilder().add("validityYears", validityYears).add("renewalWindowDays", renewalWindowDays)
                    .add("graceDays", graceDays).add("invitationDays", invitationDays).add("retransferYears", retransferYears)
                    .add("lateFeePercent", lateFeePercent).add("reason", reason).build();
        }

        @Override
        public String toString() {
            return json().toString();
        }
    }

    /** One check a transfer needs, with its outcome. */
    public record TransferCheck(String check, LocalDate date, boolean passed, String reference) implements Body {
        @Override
        public JsonObject json() {
            return Json.createObjectBuilder().add("check", check).add("date", date.toString()).add("passed", passed)
                    .add("reference", reference).build();
        }

        @Override
        public String toString() {
            return json().toString();
        }
    }

    /** POST /api/licenses/{id}/transfer: a new holder with the checks. */
    public record Transfer(long expectedVersion, Person newHolder, List<TransferCheck> checks, boolean byPowerOfAttorney)
            implements Body {
        @Override
        public JsonObject json() {
            JsonArrayBuilder all = Json.createArrayBuilder();
            checks.forEach(c -> all.add(c.json()));
            return Json.createObjectBuilder().add("expectedVersion", expectedVersion).add("newHolder", newHolder.json())
                    .add("checks", all).add("byPowerOfAttorney", byPowerOfAttorney).build();
        }

        @Override
        public String toString() {
            return json().toString();
        }
    }

    /** One item of an inspection's checklist, with a note when it failed. */
    public record InspectionItem(String item, boolean passed, String note) implements Body {
        @Override
        public JsonObject json() {
            JsonObjectBuilder b = Json.createObjectBuilder().add("item", item).add("passed", passed);
            return (note == null ? b : b.add("note", note)).build();
        }

        @Override
        public String toString() {
            return json().toString();
        }
    }

    /** POST /api/licenses/{id}/inspections: an inspection and its checklist. */
    public record Inspection(String kind, LocalDate inspectedOn, List<InspectionItem> items) implements Body {
        @Override
        public JsonObject json() {
            JsonArrayBuilder all = Json.createArrayBuilder();
            items.forEach(i -> all.add(i.json()));
            return Json.createObjectBuilder().add("kind", kind).add("inspectedOn", inspectedOn.toString()).add("items", all).build();
        }

        @Override
        public String toString() {
            return json().toString();
        }
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder b = Json.createArrayBuilder();
        values.forEach(b::add);
        return b;
    }
}
