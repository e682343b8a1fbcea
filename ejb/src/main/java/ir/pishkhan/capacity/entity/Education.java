package ir.pishkhan.capacity.entity;

/** Highest education of an applicant (مدرک تحصیلی). */
public enum Education {
    DIPLOMA("دیپلم"),
    ASSOCIATE("کاردانی"),
    BACHELOR("کارشناسی"),
    MASTER("کارشناسی ارشد"),
    DOCTORATE("دکتری");

    private final String persianName;

    Education(String persianName) {
        this.persianName = persianName;
    }

    public String persianName() {
        return persianName;
    }
}
