package ir.pishkhan.rollout.entity;

/**
 * One column of an import sheet: its key (the JSON key of a staged row's cells), the Persian
 * header the file carries, whether a row must fill it, what it means and an example value — the
 * template's explanation sheet is made of these.
 */
public record ImportColumn(String key, String header, boolean required, String explanation, String example) {

    static ImportColumn required(String key, String header, String explanation, String example) {
        return new ImportColumn(key, header, true, explanation, example);
    }

    static ImportColumn optional(String key, String header, String explanation, String example) {
        return new ImportColumn(key, header, false, explanation, example);
    }
}
