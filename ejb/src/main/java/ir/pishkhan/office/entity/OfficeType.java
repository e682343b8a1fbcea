package ir.pishkhan.office.entity;

/**
 * The two kinds of licensed office. Capacity, validity periods and fees are set per type.
 * Mirrors the reference table {@code office_type}.
 */
public enum OfficeType {
    /** دفتر پیشخوان خدمات دولت — government counter office, in cities. */
    GOVERNMENT_COUNTER("دفتر پیشخوان خدمات دولت"),
    /** دفتر ICT روستایی — rural ICT office, in villages. */
    RURAL_ICT("دفتر ICT روستایی");

    private final String persianName;

    OfficeType(String persianName) {
        this.persianName = persianName;
    }

    public String persianName() {
        return persianName;
    }
}
