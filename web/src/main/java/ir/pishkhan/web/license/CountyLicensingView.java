package ir.pishkhan.web.license;

import ir.pishkhan.capacity.boundary.Applications;
import ir.pishkhan.capacity.boundary.Capacities;
import ir.pishkhan.capacity.control.Applicants;
import ir.pishkhan.capacity.entity.Application;
import ir.pishkhan.capacity.entity.Education;
import ir.pishkhan.capacity.entity.Invitation;
import ir.pishkhan.capacity.entity.RequiredDocument;
import ir.pishkhan.license.boundary.Licenses;
import ir.pishkhan.license.entity.License;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.place.boundary.Places;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.shared.text.PersianNumbers;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The county licensing desk: capacity and occupancy, the waitlist, applicants invited to a
 * slot, new applications, and issuing a licence from the waitlist. Province officials set the
 * capacity here too.
 */
@Named
@ViewScoped
public class CountyLicensingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Places places;

    @Inject
    Capacities capacities;

    @Inject
    Applications applications;

    @Inject
    Licenses licenses;

    private Long countyId;
    private OfficeType officeType = OfficeType.GOVERNMENT_COUNTER;
    private List<County> counties;

    // New application
    private String nationalCode;
    private String firstName;
    private String lastName;
    private String phone;
    private Education education = Education.BACHELOR;
    private String locality;
    private List<RequiredDocument> documents = new ArrayList<>();

    // Issuance
    private Long issueApplicationId;
    private String officeName;
    private String address;
    private String receiptRef;
    private License issued;

    // Search
    private String searchText;
    private List<Application> foundApplications = List.of();
    private List<License> foundLicenses = List.of();

    // Capacity
    private Integer newCapacity;
    private String capacityReason;

    @PostConstruct
    void init() {
        counties = places.myCounties(null, 0, 500);
        if (!counties.isEmpty()) {
            countyId = counties.get(0).getId();
        }
    }

    public List<Capacities.Status> getStatus() {
        return countyId == null ? List.of() : capacities.status(countyId);
    }

    public List<Application> getWaitlist() {
        return countyId == null ? List.of() : applications.waitlist(countyId, officeType, 0, 200);
    }

    public List<Application> getInProgress() {
        return countyId == null ? List.of() : applications.inProgress(countyId, officeType);
    }

    public List<License> getLicenses() {
        return countyId == null ? List.of() : licenses.ofCounty(countyId, 0, 50);
    }

    public void search() {
        foundLicenses = licenses.search(searchText, null, null, 0, 50);
        foundApplications = applications.search(searchText, null, null, 0, 50);
        if (foundLicenses.isEmpty() && foundApplications.isEmpty()) {
            info("موردی یافت نشد.");
        }
    }

    public void submit() {
        Application a = applications.submit(new Applicants.Submission(
                new Applicants.PersonDetails(nationalCode, firstName, lastName, phone, null, education), countyId,
                officeType, locality, documents.isEmpty() ? EnumSet.noneOf(RequiredDocument.class) : EnumSet.copyOf(documents),
                null));
        info("درخواست " + a.getApplicant().fullName() + " در صف انتظار ثبت شد.");
        nationalCode = firstName = lastName = phone = locality = null;
        documents = new ArrayList<>();
    }

    public void withdraw(Application application) {
        applications.withdraw(application.getId(), "انصراف متقاضی");
        info("درخواست " + application.getApplicant().fullName() + " از صف خارج شد.");
    }

    public void prepareIssue(Application application) {
        issueApplicationId = application.getId();
        officeName = null;
        address = null;
        receiptRef = null;
    }

    public void issue() {
        issued = licenses.issue(issueApplicationId, new Licenses.OfficeDetails(officeName, address, null, receiptRef));
        // LRI … PDI keep the Latin number left to right inside the Persian sentence.
        info("پروانهٔ شمارهٔ \u2066" + issued.getNumber() + "\u2069 صادر شد.");
        issueApplicationId = null;
    }

    public void accept(Application application) {
        Invitation invitation = applications.openInvitation(application.getId()).orElseThrow();
        applications.acceptInvitation(invitation.getId());
        info("دعوت‌نامهٔ " + application.getApplicant().fullName() + " پذیرفته شد.");
    }

    public void decline(Application application) {
        Invitation invitation = applications.openInvitation(application.getId()).orElseThrow();
        applications.declineInvitation(invitation.getId(), "انصراف متقاضی");
        info("دعوت‌نامهٔ " + application.getApplicant().fullName() + " رد شد.");
    }

    public void setCapacity() {
        Capacities.Status s = capacities.set(countyId, officeType, newCapacity == null ? -1 : newCapacity, null, capacityReason);
        info("ظرفیت به " + PersianNumbers.quantity(s.capacity()) + " تغییر کرد.");
        newCapacity = null;
        capacityReason = null;
    }

    private static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    public String getSearchText() { return searchText; }
    public void setSearchText(String v) { searchText = v; }
    public List<Application> getFoundApplications() { return foundApplications; }
    public List<License> getFoundLicenses() { return foundLicenses; }
    public List<Education> getEducations() { return Arrays.asList(Education.values()); }
    public List<RequiredDocument> getAllDocuments() { return Arrays.asList(RequiredDocument.values()); }
    public List<OfficeType> getOfficeTypes() { return Arrays.asList(OfficeType.values()); }
    public Set<RequiredDocument> missing(Application a) { return a.missingDocuments(); }
    public List<County> getCounties() { return counties; }
    public Long getCountyId() { return countyId; }
    public void setCountyId(Long v) { countyId = v; }
    public OfficeType getOfficeType() { return officeType; }
    public void setOfficeType(OfficeType v) { officeType = v; }
    public String getNationalCode() { return nationalCode; }
    public void setNationalCode(String v) { nationalCode = v; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String v) { firstName = v; }
    public String getLastName() { return lastName; }
    public void setLastName(String v) { lastName = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public Education getEducation() { return education; }
    public void setEducation(Education v) { education = v; }
    public String getLocality() { return locality; }
    public void setLocality(String v) { locality = v; }
    public List<RequiredDocument> getDocuments() { return documents; }
    public void setDocuments(List<RequiredDocument> v) { documents = v; }
    public Long getIssueApplicationId() { return issueApplicationId; }
    public String getOfficeName() { return officeName; }
    public void setOfficeName(String v) { officeName = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public String getReceiptRef() { return receiptRef; }
    public void setReceiptRef(String v) { receiptRef = v; }
    public License getIssued() { return issued; }
    public Integer getNewCapacity() { return newCapacity; }
    public void setNewCapacity(Integer v) { newCapacity = v; }
    public String getCapacityReason() { return capacityReason; }
    public void setCapacityReason(String v) { capacityReason = v; }
}
