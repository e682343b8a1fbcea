package ir.pishkhan.capacity.entity;

/** An invitation's state: open until answered or past its deadline. */
public enum InvitationStatus {
    OPEN("در انتظار پاسخ"),
    ACCEPTED("پذیرفته"),
    DECLINED("ردشده"),
    LAPSED("منقضی");

    private final String persianName;

    InvitationStatus(String persianName) {
        this.persianName = persianName;
    }

    public String persianName() {
        return persianName;
    }
}
