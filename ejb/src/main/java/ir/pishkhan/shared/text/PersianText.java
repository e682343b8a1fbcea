package ir.pishkhan.shared.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalisation of Persian text typed by users, so that searching and uniqueness checks work.
 *
 * <p>The same Persian word can reach the system as several different strings. Keyboards and
 * older software in Iran often produce the <em>Arabic</em> letters yeh ({@code ي} U+064A, and
 * alef maksura {@code ى} U+0649) and kaf ({@code ك} U+0643) instead of the Persian ones
 * ({@code ی} U+06CC and {@code ک} U+06A9); text copied from documents brings tatweel
 * (kashida, {@code ـ}), Arabic diacritics (harakat), non-breaking spaces and invisible direction
 * marks; numbers come with Persian ({@code ۰-۹}), Arabic-Indic ({@code ٠-٩}) or Latin digits.
 * To a person all of these look alike, so «علي» and «علی», or «كاشان» and «کاشان», must be one
 * county, one office name, one search hit. Everything that is stored for searching or compared
 * for uniqueness therefore goes through {@link #normalize(String)} (names, titles, addresses),
 * {@link #normalizeDigits(String)} (fields that hold numbers: national codes, phone numbers,
 * licence numbers) or {@link #searchKey(String)} (the key a {@code LIKE} search compares).
 *
 * <p>The zero-width non-joiner (ZWNJ, نیم‌فاصله, U+200C) is part of correct Persian spelling
 * (as in «سه‌شنبه» or «می‌رود») and is kept; only its meaningless uses are cleaned up.
 *
 * <p>All methods are pure, thread-safe, and return {@code null} for {@code null}.
 */
public final class PersianText {

    /** Zero-width non-joiner, the Persian «نیم‌فاصله». */
    public static final char ZWNJ = '\u200C';

    /**
     * Arabic diacritics (fathatan … sukun, U+064B–U+0652, and superscript alef U+0670) and the
     * tatweel U+0640: decorations that do not change the word.
     */
    private static final Pattern DECORATIONS = Pattern.compile("[\\u0640\\u064B-\\u0652\\u0670]");

    /**
     * Invisible direction marks that copying from right-to-left documents leaves behind: LRM,
     * RLM, Arabic letter mark, the embedding/override/isolate controls, and the byte order mark
     * (zero-width no-break space). They carry no meaning in stored text but break equality.
     */
    private static final Pattern BIDI_CONTROLS =
            Pattern.compile("[\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");

    private PersianText() {
    }

    /**
     * Normalises Persian text so that visually identical spellings become the same string.
     *
     * <ul>
     *   <li>Arabic yeh {@code ي} (U+064A) and alef maksura {@code ى} (U+0649) become Persian yeh
     *       {@code ی} (U+06CC); Arabic kaf {@code ك} (U+0643) becomes Persian kaf {@code ک}
     *       (U+06A9). Teh marbuta {@code ة} is left as it is (it is a distinct letter in Arabic
     *       names and loan words).</li>
     *   <li>Tatweel {@code ـ} (U+0640) and the Arabic diacritics U+064B–U+0652 and U+0670 are
     *       removed.</li>
     *   <li>Invisible direction marks (LRM, RLM, ALM, embedding and isolate controls, BOM) are
     *       removed.</li>
     *   <li>Every run of white space, including tabs, new lines and non-breaking spaces,
     *       becomes one ordinary space; leading and trailing space is removed.</li>
     *   <li>The ZWNJ (U+200C) is kept, but a run of ZWNJs becomes one, and a ZWNJ beside a space
     *       or at either end of the text (where it cannot separate anything) is removed.</li>
     * </ul>
     *
     * <p>Digits are <em>not</em> changed; use {@link #normalizeDigits(String)} for fields that
     * hold numbers. Example: «علي» and «كاشاني» separated by two non-breaking spaces,
     * with spaces around, becomes {@code "علی کاشانی"}.
     *
     * @param s text as typed, or {@code null}
     * @return the normalised text (possibly empty), or {@code null} if {@code s} is {@code null}
     */
    public static String normalize(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder mapped = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u064A', '\u0649' -> mapped.append('\u06CC');
                case '\u0643' -> mapped.append('\u06A9');
                default -> mapped.append(c);
            }
        }
        String t = DECORATIONS.matcher(mapped).replaceAll("");
        t = BIDI_CONTROLS.matcher(t).replaceAll("");
        return collapseSpacesAndZwnj(t);
    }

    /**
     * One pass over runs of white space and ZWNJ: a run containing any white space becomes one
     * space, a run of ZWNJs only becomes one ZWNJ, and a run at either end of the text is
     * dropped.
     */
    private static String collapseSpacesAndZwnj(String t) {
        StringBuilder b = new StringBuilder(t.length());
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c != ZWNJ && !isWhitespace(c)) {
                b.append(c);
                i++;
                continue;
            }
            boolean hasSpace = false;
            int runStart = i;
            while (i < t.length() && (t.charAt(i) == ZWNJ || isWhitespace(t.charAt(i)))) {
                hasSpace |= t.charAt(i) != ZWNJ;
                i++;
            }
            if (runStart > 0 && i < t.length()) {
                b.append(hasSpace ? ' ' : ZWNJ);
            }
        }
        return b.toString();
    }

    /**
     * White space of any kind: ASCII white space (space, tab, new line …), every Unicode space
     * separator (including NBSP U+00A0, narrow NBSP U+202F, ideographic space …), the line and
     * paragraph separators, and NEL (U+0085).
     */
    private static boolean isWhitespace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /**
     * Replaces Persian digits ({@code ۰-۹}, U+06F0–U+06F9) and Arabic-Indic digits
     * ({@code ٠-٩}, U+0660–U+0669) with ASCII digits {@code 0-9}; every other character is kept
     * unchanged. Example: {@code "۱۲۳٤"} becomes {@code "1234"}.
     *
     * @param s text, or {@code null}
     * @return the text with ASCII digits, or {@code null} if {@code s} is {@code null}
     */
    public static String digitsToAscii(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u06F0' && c <= '\u06F9') {
                b.append((char) ('0' + (c - '\u06F0')));
            } else if (c >= '\u0660' && c <= '\u0669') {
                b.append((char) ('0' + (c - '\u0660')));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Replaces ASCII digits {@code 0-9} and Arabic-Indic digits ({@code ٠-٩}) with Persian digits
     * ({@code ۰-۹}, U+06F0–U+06F9) for display to users; every other character is kept unchanged.
     * Example: {@code "1404/08/15"} becomes {@code "۱۴۰۴/۰۸/۱۵"}.
     *
     * @param s text, or {@code null}
     * @return the text with Persian digits, or {@code null} if {@code s} is {@code null}
     */
    public static String digitsToPersian(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append((char) ('\u06F0' + (c - '0')));
            } else if (c >= '\u0660' && c <= '\u0669') {
                b.append((char) ('\u06F0' + (c - '\u0660')));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * {@link #normalize(String)} followed by {@link #digitsToAscii(String)}: for fields whose
     * content is meant as a number or code — national codes, phone numbers, licence numbers,
     * postal codes — so that «۰۹۱۲ ۱۲۳ ۴۵۶۷» and "0912 123 4567" are stored and compared alike.
     *
     * @param s text as typed, or {@code null}
     * @return the normalised text with ASCII digits, or {@code null} if {@code s} is {@code null}
     */
    public static String normalizeDigits(String s) {
        return digitsToAscii(normalize(s));
    }

    /**
     * The key a case- and spelling-insensitive search compares: {@link #normalizeDigits(String)}
     * then lower case ({@link Locale#ROOT}, so the result does not depend on the server's
     * locale). The same function must produce both the stored search column and the search
     * term. The result is not escaped: {@code %} and {@code _} in it keep their {@code LIKE}
     * meaning.
     *
     * @param s text as typed, or {@code null}
     * @return the search key, or {@code null} if {@code s} is {@code null}
     */
    public static String searchKey(String s) {
        String n = normalizeDigits(s);
        return n == null ? null : n.toLowerCase(Locale.ROOT);
    }

    /**
     * A SQL {@code LIKE} pattern that finds {@code text} anywhere, by its {@link #searchKey}, with
     * the user's own {@code %}, {@code _} and {@code \\} taken literally (MariaDB's default escape).
     */
    public static String containsPattern(String text) {
        return "%" + searchKey(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
