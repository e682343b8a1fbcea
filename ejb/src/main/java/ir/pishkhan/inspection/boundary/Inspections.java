package ir.pishkhan.inspection.boundary;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.inspection.entity.ChecklistItem;
import ir.pishkhan.inspection.entity.Inspection;
import ir.pishkhan.inspection.entity.ItemResult;
import ir.pishkhan.license.entity.License;
import ir.pishkhan.license.entity.LicenseRefusals;
import ir.pishkhan.security.control.Access;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.RoleSet;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.violation.control.Reports;
import ir.pishkhan.violation.control.SanctionLadder;
import ir.pishkhan.violation.entity.ReportOrigin;
import ir.pishkhan.violation.entity.ViolationReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Inspections by the county post office. Recording one with failed items opens one violation
 * report per violation category the failures fall under, linked to the inspection.
 */
@Stateless
@RolesAllowed({Role.POST_CLERK_NAME, Role.WG_MEMBER_NAME, Role.WG_SECRETARY_NAME, Role.PROVINCE_OFFICIAL_NAME,
        Role.AUDITOR_NAME, Role.ADMIN_NAME}) // RoleSet.COUNTY_STAFF
public class Inspections {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Reports reports;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A recorded inspection and the reports its failures opened. */
    public record Recorded(Inspection inspection, List<ViolationReport> reports) implements java.io.Serializable {
    }

    /** An office's compliance file as the inspector sees it. */
    public record ComplianceFile(License license, List<Inspection> inspections, List<ViolationReport> violations,
                                 int pointsLast12Months, LocalDate nextPeriodicDue) implements java.io.Serializable {
    }

    @RolesAllowed(Role.POST_CLERK_NAME)
    public Recorded record(long licenseId, Inspection.Kind kind, LocalDate inspectedOn, String notes,
                           Map<ChecklistItem, ItemResult> results) {
        License license = access.inScope(em.find(License.class, licenseId), License::getCounty, Inspections::licenseNotFound,
                Role.POST_CLERK);
        if (!license.getStatus().occupiesSlot()) {
            throw LicenseRefusals.notActive("دفتری که پروانهٔ فعال ندارد بازرسی نمی‌شود.",
                    "An office without an active licence is not inspected.");
        }
        String actor = access.actor();
        Inspection inspection = new Inspection(license, kind, inspectedOn, LocalDate.now(clock), actor, notes, results,
                clock.instant());
        em.persist(inspection);
        audit.created("INSPECTION_RECORDED", inspection, null);
        Map<String, List<ChecklistItem>> byCategory = inspection.failedItems().stream()
                .collect(Collectors.groupingBy(ChecklistItem::categoryCode, LinkedHashMap::new, Collectors.toList()));
        List<ViolationReport> opened = new ArrayList<>();
        byCategory.forEach((category, items) -> {
            String description = "در بازرسی " + kind.persianName() + " این موارد رعایت نشده بود: " + items.stream()
                    .map(i -> i.persianName() + (inspection.getItems().get(i).getNote() == null ? ""
                            : " (" + inspection.getItems().get(i).getNote() + ")"))
                    .collect(Collectors.joining("؛ "));
            opened.add(reports.open(license, reports.category(category), ReportOrigin.inspection(inspection.getId()),
                    description, inspectedOn, actor));
        });
        return new Recorded(inspection, opened);
    }

    /** The office's earlier inspections and violations, its 12-month points and next periodic inspection. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ComplianceFile file(long licenseId) {
        License license = access.inScope(em.find(License.class, licenseId), License::getCounty, Inspections::licenseNotFound,
                RoleSet.COUNTY_STAFF.roles());
        List<Inspection> inspections = em.createQuery("SELECT i FROM Inspection i WHERE i.license = :l"
                + " ORDER BY i.inspectedOn DESC, i.id DESC", Inspection.class).setParameter("l", license).getResultList();
        List<ViolationReport> violations = em.createQuery("SELECT r FROM ViolationReport r WHERE r.license = :l"
                + " ORDER BY r.id DESC", ViolationReport.class).setParameter("l", license).getResultList();
        LocalDate today = LocalDate.now(clock);
        int points = reports.lastTwelveMonths(licenseId, today, null).stream().mapToInt(SanctionLadder.Earlier::points).sum();
        LocalDate last = inspections.stream().filter(i -> i.getKind() == Inspection.Kind.PERIODIC)
                .map(Inspection::getInspectedOn).findFirst().orElse(license.getIssueDate());
        LocalDate next = last.plusMonths(ir.pishkhan.inspection.control.InspectionsDue.intervalMonths());
        return new ComplianceFile(license, inspections, violations, points, next);
    }

    static BusinessException licenseNotFound() {
        return LicenseRefusals.notFound();
    }
}
