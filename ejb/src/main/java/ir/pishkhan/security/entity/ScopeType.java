package ir.pishkhan.security.entity;

/** How far a role grant reaches: one office, one county, one province, or the whole country. */
public enum ScopeType {
    OFFICE("دفتر"),
    COUNTY("شهرستان"),
    PROVINCE("استان"),
    NATIONAL("کشوری");

    private final String persianName;

    ScopeType(String persianName) {
        this.persianName = persianName;
    }

    public String persianName() {
        return persianName;
    }
}
