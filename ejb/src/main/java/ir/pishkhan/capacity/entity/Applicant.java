package ir.pishkhan.capacity.entity;

import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.identity.NationalCode;
import ir.pishkhan.shared.text.PersianText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A person who applies for, or holds, a licence (متقاضی / دارندهٔ پروانه). Identified by a
 * national code whose checksum is valid; names are stored normalised so search works however
 * they were typed.
 */
@Entity
@Table(name = "applicant")
@NamedQuery(name = Applicant.BY_CODE, query = "SELECT a FROM Applicant a WHERE a.nationalCode = :code")
public class Applicant implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_CODE = "Applicant.byCode";
    private static final Pattern PHONE = Pattern.compile("0\\d{10}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "national_code", nullable = false, unique = true, length = 10)
    private String nationalCode;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(name = "search_key", nullable = false, length = 210)
    private String searchKey;

    @Column(nullable = false, length = 20)
    private String phone;

    @Column(length = 150)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Education education;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Applicant() {
    }

    public Applicant(NationalCode nationalCode, String firstName, String lastName, String phone, String email,
                     Education education, Instant now) {
        this.nationalCode = nationalCode.value();
        this.createdAt = now;
        update(firstName, lastName, phone, email, education);
    }

    /**
     * Updates the contact and personal details; the national code never changes here (only an
     * administrator's {@link #correct correction} changes it).
     */
    public void update(String first, String last, String phoneNumber, String mail, Education edu) {
        String f = name(first);
        String l = name(last);
        String p = phoneNumber == null ? "" : PersianText.digitsToAscii(phoneNumber).replaceAll("[\\s-]", "");
        if (!PHONE.matcher(p).matches()) {
            throw BusinessException.invalid("PHONE_INVALID", "شمارهٔ تلفن باید ۱۱ رقم و با ۰ شروع شود (مثلاً ۰۹۱۲۳۴۵۶۷۸۹).",
                    "The phone number must be 11 digits starting with 0.");
        }
        if (edu == null) {
            throw BusinessException.invalid("EDUCATION_REQUIRED", "مدرک تحصیلی متقاضی را مشخص کنید.",
                    "The applicant's education is required.");
        }
        this.firstName = f;
        this.lastName = l;
        this.searchKey = PersianText.searchKey(f + " " + l);
        this.phone = p;
        this.email = mail == null || mail.isBlank() ? null : mail.trim();
        this.education = edu;
    }

    /**
     * An administrator's correction of the person's identity as registered (اصلاح اطلاعات دارنده):
     * the first name, the last name, the national code — each null when it stays as it is. Names
     * follow the same rules as at registration ({@code APPLICANT_NAME_INVALID}); a national code
     * must be a valid one ({@code NATIONAL_CODE_INVALID}). Whether another person already has the
     * code is the caller's question to the register ({@code NATIONAL_CODE_TAKEN}). Everything is
     * checked before anything changes.
     *
     * @return whether anything changed
     */
    public boolean correct(String first, String last, String code) {
        String f = first == null ? firstName : name(first);
        String l = last == null ? lastName : name(last);
        String c = code == null ? nationalCode : validCode(code);
        boolean changed = !f.equals(firstName) || !l.equals(lastName) || !c.equals(nationalCode);
        this.firstName = f;
        this.lastName = l;
        this.searchKey = PersianText.searchKey(f + " " + l);
        this.nationalCode = c;
        return changed;
    }

    private static String name(String text) {
        String n = PersianText.normalize(text);
        if (n == null || n.isEmpty() || n.length() > 100) {
            throw BusinessException.invalid("APPLICANT_NAME_INVALID", "نام و نام خانوادگی متقاضی را کامل وارد کنید.",
                    "The applicant's first and last name are required (at most 100 characters each).");
        }
        return n;
    }

    private static String validCode(String text) {
        try {
            return NationalCode.of(text).value();
        } catch (NationalCode.InvalidNationalCodeException e) {
            throw BusinessException.invalid("NATIONAL_CODE_INVALID", e.persianMessage(), e.getMessage());
        }
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** The name as the public verification page shows it: first name and the last name's first letter. */
    public String maskedName() {
        return masked(firstName, lastName);
    }

    /** {@link #maskedName()} from the two names, for readers that do not load the applicant. */
    public static String masked(String firstName, String lastName) {
        return firstName + " " + lastName.charAt(0) + "…";
    }

    public Map<String, Object> snapshot() {
        return Map.of("nationalCode", nationalCode, "name", fullName(), "phone", phone, "education", education.name());
    }

    public Long getId() { return id; }
    public String getSearchKey() { return searchKey; }
    public String getNationalCode() { return nationalCode; }
    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public Education getEducation() { return education; }
}
