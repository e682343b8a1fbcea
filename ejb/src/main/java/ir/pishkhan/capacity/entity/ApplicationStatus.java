package ir.pishkhan.capacity.entity;

/** Where an application stands on the county waitlist. */
public enum ApplicationStatus {
    /** On the waitlist, in order of submission (or priority score). */
    WAITING("در صف انتظار"),
    /** Invited to take a freed slot; the slot is reserved until the invitation's deadline. */
    INVITED("دعوت‌شده"),
    /** Accepted the invitation: holds a slot until the licence is issued. */
    HOLDING_SLOT("دارای ظرفیت"),
    /** A licence was issued on it. */
    LICENSED("صادرشده"),
    /** Withdrawn by the applicant. */
    WITHDRAWN("انصراف"),
    /** Declined an invitation, or let it lapse. */
    CLOSED("بسته‌شده");

    private final String persianName;

    ApplicationStatus(String persianName) {
        this.persianName = persianName;
    }

    public String persianName() {
        return persianName;
    }
}
