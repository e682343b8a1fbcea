package ir.pishkhan.violation.control;

import ir.pishkhan.shared.text.PersianNumbers;
import ir.pishkhan.violation.entity.ReportStatus;
import ir.pishkhan.violation.entity.ViolationReport;
import jakarta.enterprise.context.Dependent;
import java.time.LocalDate;

/** Reports not screened by their response day; the province's officials are told. */
@Dependent
public class ReportDeadlines extends LateItems<ViolationReport> {

    public ReportDeadlines() {
        super(ViolationReport.class, "responseDeadline", ReportStatus.REPORTED);
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    protected boolean escalateIfLate(ViolationReport r, LocalDate today) {
        return r.escalateIfLate(today);
    }

    @Override
    protected Missed missed(ViolationReport r) {
        return new Missed("ViolationReport", r.getId(), r.getCounty(), r.getResponseDue(),
                "گزارش تخلف شمارهٔ " + PersianNumbers.digits(r.getId()) + " (پروانهٔ " + r.getLicense().getNumber() + ")",
                supervisors.ofProvince(r.getCounty().getProvince().getId()));
    }
}
