package ir.pishkhan.web.license;

import ir.pishkhan.capacity.control.Applicants;
import ir.pishkhan.capacity.entity.Education;
import ir.pishkhan.license.boundary.Corrections;
import ir.pishkhan.license.boundary.Licenses;
import ir.pishkhan.license.entity.License;
import ir.pishkhan.license.entity.LicenseEvent;
import ir.pishkhan.license.entity.ServiceContract;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.shared.jalali.JalaliDates;
import ir.pishkhan.license.entity.TransferCheck;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One licence as the county clerk works on it: its facts and history, and renewal, relocation,
 * transfer and surrender; an administrator in scope corrects its data and its contracts'
 * (اصلاح اطلاعات). Every action sends the version the clerk is looking at, so a change made
 * meanwhile by a colleague is reported instead of overwritten.
 */
@Named
@ViewScoped
public class LicensePageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Licenses licenses;

    @Inject
    ir.pishkhan.license.boundary.Contracts contracts;

    @Inject
    Corrections corrections;

    /** What each field of a recorded state is called on the page. */
    private static final Map<String, String> FIELD_NAMES = Map.ofEntries(
            Map.entry("number", "شمارهٔ پروانه"), Map.entry("holder", "کد ملی دارنده"),
            Map.entry("holderName", "دارنده"), Map.entry("officeName", "نام دفتر"), Map.entry("address", "نشانی"),
            Map.entry("locality", "محل"), Map.entry("issueDate", "تاریخ صدور"), Map.entry("expiryDate", "اعتبار تا"),
            Map.entry("status", "وضعیت"), Map.entry("suspendedUntil", "تعلیق تا"), Map.entry("closedOn", "تاریخ بسته‌شدن"),
            Map.entry("license", "پروانه"), Map.entry("agency", "دستگاه"), Map.entry("services", "خدمات"),
            Map.entry("since", "آغاز قرارداد"));
    private static final java.util.Set<String> DATES = java.util.Set.of("issueDate", "expiryDate", "suspendedUntil",
            "closedOn", "since");

    private boolean mayCorrect;
    private String corrOfficeName;
    private String corrAddress;
    private LocalDate corrIssueDate;
    private String corrNumber;
    private String corrFirstName;
    private String corrLastName;
    private String corrNationalCode;
    private String corrReason;

    private Long corrContractId;
    private ir.pishkhan.office.entity.Agency corrAgency;
    private String corrServices;
    private LocalDate corrSince;
    private String corrContractReason;

    private List<ir.pishkhan.license.entity.ServiceContract> contractList;
    private ir.pishkhan.office.entity.Agency contractAgency;
    private String contractServices;
    private LocalDate contractSince;

    private Long id;
    private License license;

    private String receiptRef;
    private String newAddress;
    private String approvalRef;
    private LocalDate approvalDate;
    private String surrenderReason;
    private String boothPlace;
    private LocalDate boothFrom;
    private LocalDate boothTo;
    private String boothApproval;

    private String holderCode;
    private String holderFirst;
    private String holderLast;
    private String holderPhone;
    private Education holderEducation = Education.BACHELOR;
    private final List<CheckRow> checks = new ArrayList<>();

    /** One line of the transfer checklist. */
    public static final class CheckRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final TransferCheck check;
        private LocalDate date;
        private boolean passed;
        private String reference;

        CheckRow(TransferCheck check) {
            this.check = check;
        }

        public TransferCheck getCheck() { return check; }
        public LocalDate getDate() { return date; }
        public void setDate(LocalDate v) { date = v; }
        public boolean isPassed() { return passed; }
        public void setPassed(boolean v) { passed = v; }
        public String getReference() { return reference; }
        public void setReference(String v) { reference = v; }
    }

    public LicensePageView() {
        Arrays.stream(TransferCheck.values()).forEach(c -> checks.add(new CheckRow(c)));
    }

    public void load() {
        if (id != null) {
            license = licenses.get(id);
            contractList = contracts.ofLicense(id);
            mayCorrect = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.ADMIN_NAME)
                    && corrections.mayCorrect(id);
        }
    }

    /** Opens the correction form with the licence's data as it stands. */
    public void startCorrection() {
        corrOfficeName = license.getOfficeName();
        corrAddress = license.getAddress();
        corrIssueDate = license.getIssueDate();
        corrNumber = license.getNumber();
        corrFirstName = license.getHolder().getFirstName();
        corrLastName = license.getHolder().getLastName();
        corrNationalCode = license.getHolder().getNationalCode();
        corrReason = null;
    }

    /** Sends what the administrator changed in the form (fields left as they were stay out of the correction). */
    public void correct() {
        var holder = license.getHolder();
        license = corrections.correctLicence(id, license.getVersion(), new Corrections.LicenceCorrection(
                changed(corrOfficeName, license.getOfficeName()), changed(corrAddress, license.getAddress()),
                Objects.equals(corrIssueDate, license.getIssueDate()) ? null : corrIssueDate,
                changed(corrNumber, license.getNumber()), changed(corrFirstName, holder.getFirstName()),
                changed(corrLastName, holder.getLastName()), changed(corrNationalCode, holder.getNationalCode())),
                corrReason);
        license = licenses.get(id);
        done("اطلاعات پروانه اصلاح شد.");
        corrReason = null;
    }

    /** Opens the correction form of one contract with its data as it stands. */
    public void startContractCorrection(ServiceContract c) {
        corrContractId = c.getId();
        corrAgency = c.getAgency();
        corrServices = c.getServices();
        corrSince = c.getSince();
        corrContractReason = null;
    }

    public void correctContract() {
        ServiceContract c = contractList.stream().filter(k -> k.getId().equals(corrContractId)).findFirst().orElseThrow();
        corrections.correctContract(corrContractId, new Corrections.ContractCorrection(
                corrAgency == c.getAgency() ? null : corrAgency, changed(corrServices, c.getServices()),
                Objects.equals(corrSince, c.getSince()) ? null : corrSince), corrContractReason);
        contractList = contracts.ofLicense(id);
        license = licenses.get(id);
        done("اطلاعات قرارداد اصلاح شد.");
        corrContractReason = null;
    }

    /** The value typed, or null when it is what is registered (it stays out of the correction). */
    private static String changed(String typed, String registered) {
        return typed != null && typed.equals(registered) ? null : typed;
    }

    /**
     * What an event of the history changed, one Persian line a field, e.g. «نام دفتر: از «…» به «…»»;
     * empty when the event recorded no states.
     */
    public List<String> changes(LicenseEvent e) {
        return e.changes().stream().map(c -> FIELD_NAMES.getOrDefault(c.field(), c.field()) + ": از «"
                + shown(c.field(), c.before()) + "» به «" + shown(c.field(), c.after()) + "»").toList();
    }

    private static String shown(String field, String value) {
        if (value == null || value.isEmpty() || "null".equals(value)) {
            return "—";
        }
        try {
            if (DATES.contains(field)) {
                return JalaliDates.format(LocalDate.parse(value));
            }
            if ("agency".equals(field)) {
                return ir.pishkhan.office.entity.Agency.valueOf(value).persianName();
            }
            if ("status".equals(field)) {
                return ir.pishkhan.license.entity.LicenseStatus.valueOf(value).persianName();
            }
        } catch (RuntimeException notOneOfThose) {
            // A contract's status, or a value written in an older form: shown as recorded.
        }
        return value;
    }

    public void addContract() {
        contracts.add(id, contractAgency, contractServices, contractSince);
        contractList = contracts.ofLicense(id);
        done("قرارداد با " + contractAgency.persianName() + " ثبت شد.");
        contractAgency = null;
        contractServices = null;
        contractSince = null;
    }

    public void renew() {
        license = licenses.renew(id, license.getVersion(), receiptRef);
        done("پروانه تا " + ir.pishkhan.shared.jalali.JalaliDates.format(license.getExpiryDate()) + " تمدید شد.");
        receiptRef = null;
    }

    public void relocate() {
        license = licenses.relocate(id, license.getVersion(), newAddress, null, approvalRef, approvalDate);
        done("نشانی تازهٔ دفتر ثبت شد.");
        newAddress = null;
        approvalRef = null;
        approvalDate = null;
    }

    public void transfer() {
        license = licenses.transfer(id, license.getVersion(), new Applicants.PersonDetails(holderCode, holderFirst,
                        holderLast, holderPhone, null, holderEducation),
                checks.stream().map(r -> new ir.pishkhan.license.entity.TransferCheckResult(r.getCheck(), r.getDate(), r.isPassed(), r.getReference()))
                        .toList(), false);
        done("پروانه به " + license.getHolder().fullName() + " واگذار شد.");
    }

    public void addBooth() {
        licenses.addBooth(id, boothPlace, boothFrom, boothTo, boothApproval);
        license = licenses.get(id);
        done("غرفهٔ موقت ثبت شد.");
        boothPlace = null;
        boothFrom = null;
        boothTo = null;
        boothApproval = null;
    }

    public void surrender() {
        license = licenses.surrender(id, license.getVersion(), surrenderReason);
        done("پروانه ابطال شد و ظرفیت آن به نفر بعدی صف انتظار رسید.");
    }

    /** Whether the licence's status allows this action ({@link License#allowedActions()}); the page offers only those. */
    public boolean allows(String action) {
        return license != null && license.allows(License.Action.valueOf(action));
    }

    /** What the licence's status rules out, in Persian, for the note shown instead of those forms; empty if nothing is. */
    public String getRuledOut() {
        if (license == null) {
            return "";
        }
        return Arrays.stream(License.Action.values()).filter(a -> !license.allows(a)).map(License.Action::persianName)
                .collect(java.util.stream.Collectors.joining("، "));
    }

    private void done(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    public boolean isMayCorrect() { return mayCorrect; }
    public String getCorrOfficeName() { return corrOfficeName; }
    public void setCorrOfficeName(String v) { corrOfficeName = v; }
    public String getCorrAddress() { return corrAddress; }
    public void setCorrAddress(String v) { corrAddress = v; }
    public LocalDate getCorrIssueDate() { return corrIssueDate; }
    public void setCorrIssueDate(LocalDate v) { corrIssueDate = v; }
    public String getCorrNumber() { return corrNumber; }
    public void setCorrNumber(String v) { corrNumber = v; }
    public String getCorrFirstName() { return corrFirstName; }
    public void setCorrFirstName(String v) { corrFirstName = v; }
    public String getCorrLastName() { return corrLastName; }
    public void setCorrLastName(String v) { corrLastName = v; }
    public String getCorrNationalCode() { return corrNationalCode; }
    public void setCorrNationalCode(String v) { corrNationalCode = v; }
    public String getCorrReason() { return corrReason; }
    public void setCorrReason(String v) { corrReason = v; }
    public Long getCorrContractId() { return corrContractId; }
    public ir.pishkhan.office.entity.Agency getCorrAgency() { return corrAgency; }
    public void setCorrAgency(ir.pishkhan.office.entity.Agency v) { corrAgency = v; }
    public String getCorrServices() { return corrServices; }
    public void setCorrServices(String v) { corrServices = v; }
    public LocalDate getCorrSince() { return corrSince; }
    public void setCorrSince(LocalDate v) { corrSince = v; }
    public String getCorrContractReason() { return corrContractReason; }
    public void setCorrContractReason(String v) { corrContractReason = v; }
    public List<Education> getEducations() { return Arrays.asList(Education.values()); }
    public List<ir.pishkhan.office.entity.Agency> getAgencies() { return Arrays.asList(ir.pishkhan.office.entity.Agency.values()); }
    public List<ir.pishkhan.license.entity.ServiceContract> getContracts() { return contractList; }
    public ir.pishkhan.office.entity.Agency getContractAgency() { return contractAgency; }
    public void setContractAgency(ir.pishkhan.office.entity.Agency v) { contractAgency = v; }
    public String getContractServices() { return contractServices; }
    public void setContractServices(String v) { contractServices = v; }
    public LocalDate getContractSince() { return contractSince; }
    public void setContractSince(LocalDate v) { contractSince = v; }
    public List<CheckRow> getChecks() { return checks; }
    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public License getLicense() { return license; }
    public String getReceiptRef() { return receiptRef; }
    public void setReceiptRef(String v) { receiptRef = v; }
    public String getNewAddress() { return newAddress; }
    public void setNewAddress(String v) { newAddress = v; }
    public String getApprovalRef() { return approvalRef; }
    public void setApprovalRef(String v) { approvalRef = v; }
    public LocalDate getApprovalDate() { return approvalDate; }
    public void setApprovalDate(LocalDate v) { approvalDate = v; }
    public String getBoothPlace() { return boothPlace; }
    public void setBoothPlace(String v) { boothPlace = v; }
    public LocalDate getBoothFrom() { return boothFrom; }
    public void setBoothFrom(LocalDate v) { boothFrom = v; }
    public LocalDate getBoothTo() { return boothTo; }
    public void setBoothTo(LocalDate v) { boothTo = v; }
    public String getBoothApproval() { return boothApproval; }
    public void setBoothApproval(String v) { boothApproval = v; }
    public String getSurrenderReason() { return surrenderReason; }
    public void setSurrenderReason(String v) { surrenderReason = v; }
    public String getHolderCode() { return holderCode; }
    public void setHolderCode(String v) { holderCode = v; }
    public String getHolderFirst() { return holderFirst; }
    public void setHolderFirst(String v) { holderFirst = v; }
    public String getHolderLast() { return holderLast; }
    public void setHolderLast(String v) { holderLast = v; }
    public String getHolderPhone() { return holderPhone; }
    public void setHolderPhone(String v) { holderPhone = v; }
    public Education getHolderEducation() { return holderEducation; }
    public void setHolderEducation(Education v) { holderEducation = v; }
}
