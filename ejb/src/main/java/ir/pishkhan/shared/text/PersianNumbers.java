package ir.pishkhan.shared.text;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.util.ULocale;

/**
 * Numbers as a Persian reader expects them in running text, tables and messages: Persian digits
 * (۰–۹) and, for quantities, the Persian thousands separator «٬» (U+066C) — «۱۲٬۵۰۰٬۰۰۰» for a
 * fee of 12,500,000 rials, «۳ عضو حاضر از ۵» in a refusal. Formatting is ICU4J's for the
 * {@code fa_IR} locale (CLDR), so decimals and signs follow the same standard.
 *
 * <p>Two kinds of number, two methods: a <em>quantity</em> (a count, an amount, points) is
 * grouped by {@link #quantity}; a <em>label</em> (a record or report number, a year, a clock time)
 * only has its digits changed by {@link #digits}, since «پروندهٔ ۱٬۲۰۴» or «سال ۱٬۴۰۴» would
 * read wrongly. Codes that people copy or type — licence numbers, tracking codes, usernames —
 * keep their Latin digits and are not passed through here.
 *
 * <p>All methods are thread-safe and return the empty string for {@code null}.
 */
public final class PersianNumbers {

    /** Immutable and thread-safe (ICU's number formatter API, unlike the older NumberFormat). */
    private static final LocalizedNumberFormatter QUANTITY = NumberFormatter.withLocale(new ULocale("fa_IR"));

    private PersianNumbers() {
    }

    /** A count, amount or other quantity: Persian digits, grouped by thousands («۱٬۲۳۴٬۵۶۷»). */
    public static String quantity(Number n) {
        return n == null ? "" : QUANTITY.format(n).toString();
    }

    /** An amount in rials: grouped like {@link #quantity}, followed by «ریال». */
    public static String rials(Number amount) {
        return amount == null ? "" : quantity(amount) + " ریال";
    }

    /**
     * A number used as a label — a report or record number, a year, a time such as 09:30 — or any
     * text whose digits should read in Persian: the digits change, nothing else («۰۹:۳۰»).
     */
    public static String digits(Object labelOrText) {
        return labelOrText == null ? "" : PersianText.digitsToPersian(String.valueOf(labelOrText));
    }
}
