package ir.pishkhan.inspection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How one checklist item fared, with the inspector's note. */
@Embeddable
public class ItemResult implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private boolean passed;

    @Column(length = 500)
    private String note;

    protected ItemResult() {
    }

    public ItemResult(boolean passed, String note) {
        this.passed = passed;
        this.note = note == null || note.isBlank() ? null : (note.length() > 500 ? note.substring(0, 500) : note.trim());
    }

    public boolean isPassed() { return passed; }
    public String getNote() { return note; }
}
