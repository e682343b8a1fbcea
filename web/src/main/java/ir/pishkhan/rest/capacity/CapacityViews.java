package ir.pishkhan.rest.capacity;

import ir.pishkhan.capacity.control.Applicants;
import ir.pishkhan.capacity.entity.Application;
import ir.pishkhan.capacity.entity.CapacityChange;
import ir.pishkhan.capacity.entity.Education;
import ir.pishkhan.capacity.entity.Invitation;
import ir.pishkhan.capacity.entity.RequiredDocument;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.shared.jalali.JalaliDates;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/** JSON shapes of capacity, applications and invitations. */
public final class CapacityViews {

    private CapacityViews() {
    }

    public record CapacityChangeRequest(
            @NotNull(message = "ظرفیت را وارد کنید.") @Min(value = 0, message = "ظرفیت نمی‌تواند منفی باشد.") Integer capacity,
            LocalDate effectiveDate,
            @NotBlank(message = "دلیل تغییر ظرفیت لازم است.") @Size(max = 1000, message = "دلیل حداکثر ۱۰۰۰ نویسه است.") String reason) {
    }

    public record CapacityChangeView(Integer oldCapacity, int newCapacity, LocalDate effectiveDate,
                                     String effectiveDateJalali, String reason, String changedBy, String changedAt) {
        public static CapacityChangeView of(CapacityChange c) {
            return new CapacityChangeView(c.getOldCapacity(), c.getNewCapacity(), c.getEffectiveDate(),
                    JalaliDates.format(c.getEffectiveDate()), c.getReason(), c.getChangedBy(), c.getChangedAt().toString());
        }
    }

    public record Person(
            @NotBlank(message = "کد ملی لازم است.") String nationalCode,
            @NotBlank(message = "نام لازم است.") String firstName,
            @NotBlank(message = "نام خانوادگی لازم است.") String lastName,
            @NotBlank(message = "شمارهٔ تلفن لازم است.") String phone,
            String email,
            @NotNull(message = "مدرک تحصیلی لازم است.") Education education) {
        public Applicants.PersonDetails details() {
            return new Applicants.PersonDetails(nationalCode, firstName, lastName, phone, email, education);
        }
    }

    public record NewApplication(
            @Valid @NotNull(message = "مشخصات متقاضی لازم است.") Person applicant,
            @NotNull(message = "شهرستان را مشخص کنید.") Long countyId,
            @NotNull(message = "نوع دفتر را مشخص کنید.") OfficeType officeType,
            @NotBlank(message = "محل پیشنهادی دفتر لازم است.") String proposedLocality,
            Set<RequiredDocument> documents,
            Integer priorityScore) {
        public Applicants.Submission submission() {
            return new Applicants.Submission(applicant.details(), countyId, officeType, proposedLocality, documents,
                    priorityScore);
        }
    }

    public record ApplicationView(long id, String applicantName, String nationalCode, long countyId, OfficeType officeType,
                                  String proposedLocality, Set<RequiredDocument> documents,
                                  Set<RequiredDocument> missingDocuments, String status, String statusFa,
                                  String submittedAt, long version) {
        public static ApplicationView of(Application a) {
            return new ApplicationView(a.getId(), a.getApplicant().fullName(), a.getApplicant().getNationalCode(),
                    a.getCounty().getId(), a.getOfficeType(), a.getProposedLocality(), a.getDocuments(),
                    a.missingDocuments(), a.getStatus().name(), a.getStatus().persianName(),
                    a.getSubmittedAt().toString(), a.getVersion());
        }
    }

    public record InvitationView(long id, long applicationId, String status, LocalDate deadline, String deadlineJalali) {
        public static InvitationView of(Invitation i) {
            return new InvitationView(i.getId(), i.getApplication().getId(), i.getStatus().name(), i.getDeadline(),
                    JalaliDates.format(i.getDeadline()));
        }
    }

    public record Reason(@Size(max = 1000, message = "دلیل حداکثر ۱۰۰۰ نویسه است.") String reason) {
    }
}
