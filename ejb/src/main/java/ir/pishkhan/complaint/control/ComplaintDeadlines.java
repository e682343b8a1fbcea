package ir.pishkhan.complaint.control;

import ir.pishkhan.complaint.entity.Complaint;
import ir.pishkhan.violation.control.LateItems;
import jakarta.enterprise.context.Dependent;
import java.time.LocalDate;

/** Complaints not answered by their due day: the complaint part of the missed-deadlines check. */
@Dependent
public class ComplaintDeadlines extends LateItems<Complaint> {

    public ComplaintDeadlines() {
        super(Complaint.class, "deadline", Complaint.Status.FILED);
    }

    @Override
    public String name() {
        return "complaint";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    protected boolean escalateIfLate(Complaint c, LocalDate today) {
        return c.escalateIfLate(today);
    }

    @Override
    protected Missed missed(Complaint c) {
        return new Missed("Complaint", c.getId(), c.getCounty(), c.getDueOn(),
                "شکایت با کد رهگیری " + c.getTrackingCode(), supervisors.ofProvince(c.getCounty().getProvince().getId()));
    }
}
