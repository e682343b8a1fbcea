package ir.pishkhan.rollout.control;

import ir.pishkhan.capacity.control.Applicants.PersonDetails;
import ir.pishkhan.capacity.entity.Education;
import ir.pishkhan.capacity.entity.RequiredDocument;
import ir.pishkhan.license.control.LicenseNumbers;
import ir.pishkhan.license.entity.LicenseNumber;
import ir.pishkhan.license.entity.LicenseStatus;
import ir.pishkhan.license.entity.ServiceContract;
import ir.pishkhan.office.entity.Agency;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.place.entity.Province;
import ir.pishkhan.rollout.entity.ImportColumn;
import ir.pishkhan.rollout.entity.ImportSheet;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.ScopeType;
import ir.pishkhan.security.entity.UserAccount;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.jalali.JalaliDates;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks one staged row of a roll-out file and turns it into its typed row ({@link Rows}): every
 * format, required cell, national code, county of the import's province, and the dates' order.
 * The dry run and the batch job use the same checks, so a row the job writes is one the dry run
 * accepted.
 *
 * <p>Each error names the column's Persian header («تاریخ صدور: تاریخ میلادی است؛ …»). The
 * checks of one row never look at other rows or at the register beyond the province's counties:
 * those are the dry run's ({@code FileChecks}). For the same row, province counties and day the
 * answer is always the same.
 */
@Dependent
public class RowChecks {

    /** How long a province's counties are reused before they are read again (the job asks per row). */
    private static final long COUNTIES_FRESH_NANOS = 60_000_000_000L;

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Clock clock;

    private CountyNames counties;
    private long countiesReadAt;

    /**
     * The row typed ({@link Rows.Checked#row()}: one of the records of {@link Rows}), or its errors;
     * the province's counties as read at most a minute ago by this bean (the job asks per row).
     */
    public Rows.Checked check(Rows.Staged row, long provinceId) {
        if (counties == null || counties.provinceId() != provinceId || System.nanoTime() - countiesReadAt > COUNTIES_FRESH_NANOS) {
            counties(provinceId);
        }
        return check(row, counties, LocalDate.now(clock));
    }

    /**
     * The counties of a province by name, read now — a dry run sees a county added a moment ago —
     * and kept for this bean's per-row checks.
     */
    public CountyNames counties(long provinceId) {
        Province province = em.find(Province.class, provinceId);
        CountyNames names = new CountyNames(provinceId, province == null ? "" : province.getNameFa());
        for (County c : em.createNamedQuery(County.OF_PROVINCE, County.class)
                .setParameter("provinceId", provinceId).getResultList()) {
            names.add(c.getId(), c.getNameFa());
        }
        counties = names;
        countiesReadAt = System.nanoTime();
        return counties;
    }

    /** The checks themselves, with the province's counties and today given: no database, no clock. */
    public static Rows.Checked check(Rows.Staged row, CountyNames counties, LocalDate today) {
        Reading r = new Reading(row, counties, today);
        Object typed = switch (row.sheet()) {
            case CAPACITY -> r.capacity();
            case LICENCES -> r.licence();
            case CONTRACTS -> r.contract();
            case WAITLIST -> r.waitlist();
            case ACCOUNTS -> r.account();
        };
        return r.errors.isEmpty() ? new Rows.Checked(typed, List.of()) : new Rows.Checked(null, List.copyOf(r.errors));
    }

    /** The error text of a cell: the column's Persian header, then what is wrong. */
    public static String message(ImportSheet sheet, String column, String detail) {
        return column == null ? detail : header(sheet, column) + ": " + detail;
    }

    static String header(ImportSheet sheet, String column) {
        return sheet.column(column).map(ImportColumn::header).orElse(column);
    }

    /** One row being read: its cells, and the errors found so far. */
    private static final class Reading {

        private static final String EMPTY = "خالی است؛ این ستون باید پر شود";

        final Rows.Staged row;
        final CountyNames counties;
        final LocalDate today;
        final List<Rows.CellError> errors = new ArrayList<>();

        Reading(Rows.Staged row, CountyNames counties, LocalDate today) {
            this.row = row;
            this.counties = counties;
            this.today = today;
        }

        Rows.CapacityRow capacity() {
            Long county = county("county", true);
            OfficeType type = required("officeType", Cells::officeType);
            Integer capacity = required("capacity", c -> Cells.integer(c, 0, 100_000));
            return errors.isEmpty() ? new Rows.CapacityRow(county, type, capacity) : null;
        }

        Rows.LicenceRow licence() {
            String number = required("number", Cells::licenceNumber);
            Long county = county("county", true);
            OfficeType type = required("officeType", Cells::officeType);
            if (number != null && county != null && type != null) {
                ownNumberFits(number, county, type);
            }
            String officeName = required("officeName", c -> Cells.text(c, 150));
            String address = required("address", c -> Cells.text(c, 300));
            String locality = required("locality", c -> Cells.text(c, 100));
            PersonDetails holder = person("holderNationalCode", "holderFirstName", "holderLastName", "holderPhone",
                    "holderEducation");
            LocalDate issued = required("issueDate", Cells::date);
            LocalDate expires = required("expiryDate", Cells::date);
            LicenseStatus status = required("status", Cells::licenceStatus);
            LocalDate suspendedUntil = optional("suspendedUntil", Cells::date);
            LocalDate revokedOn = optional("revokedOn", Cells::date);
            if (issued != null && issued.isAfter(today)) {
                error("issueDate", "تاریخ صدور («" + JalaliDates.format(issued) + "») پس از امروز است");
            }
            if (issued != null && expires != null && expires.isBefore(issued)) {
                error("expiryDate", "تاریخ انقضا («" + JalaliDates.format(expires) + "») پیش از تاریخ صدور است");
            }
            if (status != null) {
                datesOfStatus(status, issued, suspendedUntil, revokedOn);
            }
            return errors.isEmpty() ? new Rows.LicenceRow(number, county, type, officeName, address, locality, holder,
                    issued, expires, status, suspendedUntil, revokedOn) : null;
        }

        /** A number of this system's shape names its county and office type: they must be the row's. */
        private void ownNumberFits(String number, long county, OfficeType type) {
            LicenseNumber parsed = LicenseNumbers.parse(number);
            if (parsed.isIssuedHere() && (parsed.countyId() != county || parsed.officeType() != type)) {
                error("number", "«" + number + "» شمارهٔ پروانهٔ شهرستان یا نوع دفتر دیگری است (چهار رقم نخست شناسهٔ "
                        + "شهرستان و حرف پس از آن نوع دفتر است)");
            }
        }

        private void datesOfStatus(LicenseStatus status, LocalDate issued, LocalDate suspendedUntil,
                                   LocalDate revokedOn) {
            boolean suspended = status == LicenseStatus.SUSPENDED;
            boolean revoked = status == LicenseStatus.REVOKED;
            if (suspended && suspendedUntil == null && Cells.blank(cell("suspendedUntil"))) {
                error("suspendedUntil", "برای پروانهٔ در تعلیق، آخرین روز تعلیق را بنویسید");
            }
            if (!suspended && !Cells.blank(cell("suspendedUntil"))) {
                error("suspendedUntil", "فقط برای پروانهٔ در تعلیق پر می‌شود");
            }
            if (suspended && suspendedUntil != null && issued != null && suspendedUntil.isBefore(issued)) {
                error("suspendedUntil", "پایان تعلیق («" + JalaliDates.format(suspendedUntil) + "») پیش از تاریخ صدور است");
            }
            if (revoked && revokedOn == null && Cells.blank(cell("revokedOn"))) {
                error("revokedOn", "برای پروانهٔ لغوشده، روز لغو را بنویسید");
            }
            if (!revoked && !Cells.blank(cell("revokedOn"))) {
                error("revokedOn", "فقط برای پروانهٔ لغوشده پر می‌شود");
            }
            if (revoked && revokedOn != null) {
                if (revokedOn.isAfter(today)) {
                    error("revokedOn", "روز لغو («" + JalaliDates.format(revokedOn) + "») پس از امروز است");
                } else if (issued != null && revokedOn.isBefore(issued)) {
                    error("revokedOn", "روز لغو («" + JalaliDates.format(revokedOn) + "») پیش از تاریخ صدور است");
                }
            }
        }

        Rows.ContractRow contract() {
            String number = required("number", Cells::licenceNumber);
            Agency agency = required("agency", Cells::agency);
            String services = required("services", c -> Cells.text(c, 300));
            LocalDate since = required("since", Cells::date);
            ServiceContract.Status status = read("status", Cells::contractStatus);
            if (since != null && since.isAfter(today)) {
                error("since", "تاریخ آغاز («" + JalaliDates.format(since) + "») پس از امروز است");
            }
            return errors.isEmpty() ? new Rows.ContractRow(number, agency, services, since, status) : null;
        }

        Rows.WaitlistRow waitlist() {
            Long county = county("county", true);
            OfficeType type = required("officeType", Cells::officeType);
            LocalDate applied = required("appliedOn", Cells::date);
            PersonDetails person = person("nationalCode", "firstName", "lastName", "phone", "education");
            String locality = required("locality", c -> Cells.text(c, 100));
            Set<RequiredDocument> documents = read("documents", Cells::documents);
            if (applied != null && applied.isAfter(today)) {
                error("appliedOn", "تاریخ درخواست («" + JalaliDates.format(applied) + "») پس از امروز است");
            }
            return errors.isEmpty() ? new Rows.WaitlistRow(county, type, applied, person, locality, documents) : null;
        }

        Rows.AccountRow account() {
            String username = Cells.username(cell("username"));
            String displayName = Cells.text(cell("displayName"));
            if (username.isEmpty()) {
                error("username", EMPTY);
            }
            if (displayName == null) {
                error("displayName", EMPTY);
            }
            // The account's own rules, as UserAccount keeps them: username, display name, mobile, e-mail.
            String mobile = optional("mobile", Cells::phone);
            String email = Cells.text(cell("email"));
            if (!username.isEmpty() && displayName != null) {
                try {
                    new UserAccount(username, displayName, "-", Instant.EPOCH);
                } catch (BusinessException e) {
                    error("USERNAME_INVALID".equals(e.code()) ? "username" : "displayName",
                            Cells.withoutStop(e.persianMessage()));
                }
            }
            contact(mobile, email);
            Role role = required("role", Cells::role);
            Long county = null;
            Agency agency = null;
            String office = null;
            if (role != null) {
                boolean countyRole = role.allows(ScopeType.COUNTY);
                boolean provinceRole = role.allows(ScopeType.PROVINCE);
                if (countyRole && !provinceRole) {
                    county = county("county", true);
                } else if (countyRole) {
                    county = county("county", false);
                } else if (provinceRole && !Cells.blank(cell("county"))) {
                    error("county", "نقش «" + role.persianName() + "» برای کل استان است؛ شهرستان را خالی بگذارید");
                } else if (role == Role.OFFICE_MANAGER && !Cells.blank(cell("county"))) {
                    county("county", false); // a county named for context must at least be one of the province
                }
                if (role == Role.AGENCY_REPORTER) {
                    agency = required("agency", Cells::agency);
                } else if (!Cells.blank(cell("agency"))) {
                    error("agency", "فقط برای نقش «" + Role.AGENCY_REPORTER.persianName() + "» پر می‌شود");
                }
                if (role == Role.OFFICE_MANAGER) {
                    office = required("office", Cells::licenceNumber);
                } else if (!Cells.blank(cell("office"))) {
                    error("office", "فقط برای نقش «" + Role.OFFICE_MANAGER.persianName() + "» پر می‌شود");
                }
                if (role == Role.OFFICE_MANAGER) {
                    county = null; // an office manager's scope is the office, not a county
                }
            }
            return errors.isEmpty() ? new Rows.AccountRow(username, displayName, role, county, agency, office, mobile,
                    email == null ? null : email.toLowerCase(java.util.Locale.ROOT)) : null;
        }

        /** Mobile and e-mail by the rules an account keeps them with. */
        private void contact(String mobile, String email) {
            UserAccount probe = new UserAccount("probe", "probe", "-", Instant.EPOCH);
            if (mobile != null) {
                try {
                    probe.setContact(null, mobile);
                } catch (BusinessException e) {
                    error("mobile", Cells.withoutStop(e.persianMessage()));
                }
            }
            if (email != null) {
                try {
                    probe.setContact(email, null);
                } catch (BusinessException e) {
                    error("email", "«" + Cells.shown(email) + "»: " + Cells.withoutStop(e.persianMessage()));
                }
            }
        }

        private PersonDetails person(String codeKey, String firstKey, String lastKey, String phoneKey, String educationKey) {
            String code = required(codeKey, Cells::nationalCode);
            String first = required(firstKey, c -> Cells.text(c, 100));
            String last = required(lastKey, c -> Cells.text(c, 100));
            String phone = required(phoneKey, Cells::phone);
            Education education = required(educationKey, Cells::education);
            return new PersonDetails(code, first, last, phone, null, education);
        }

        private Long county(String key, boolean required) {
            String cell = cell(key);
            if (Cells.blank(cell)) {
                if (required) {
                    error(key, EMPTY);
                }
                return null;
            }
            return counties.find(cell).orElseGet(() -> {
                error(key, "شهرستان «" + Cells.shown(cell) + "» در استان " + counties.provinceFa() + " یافت نشد");
                return null;
            });
        }

        private <T> T required(String key, Function<String, T> reader) {
            if (Cells.blank(cell(key))) {
                error(key, EMPTY);
                return null;
            }
            return read(key, reader);
        }

        private <T> T optional(String key, Function<String, T> reader) {
            return Cells.blank(cell(key)) ? null : read(key, reader);
        }

        private <T> T read(String key, Function<String, T> reader) {
            try {
                return reader.apply(cell(key));
            } catch (Cells.Invalid e) {
                error(key, e.persianMessage());
                return null;
            }
        }

        private String cell(String key) {
            Map<String, String> cells = row.cells();
            return cells == null ? null : cells.get(key);
        }

        private void error(String key, String detail) {
            errors.add(new Rows.CellError(key, message(row.sheet(), key, detail)));
        }
    }
}
