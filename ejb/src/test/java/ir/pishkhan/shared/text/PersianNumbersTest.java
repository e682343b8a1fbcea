package ir.pishkhan.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PersianNumbersTest {

    @Test
    void quantitiesHavePersianDigitsAndThePersianThousandsSeparator() {
        assertEquals("۰", PersianNumbers.quantity(0));
        assertEquals("۳", PersianNumbers.quantity(3));
        assertEquals("۹۹۹", PersianNumbers.quantity(999L));
        assertEquals("۱٬۰۰۰", PersianNumbers.quantity(1000));
        assertEquals("۱۲٬۵۰۰٬۰۰۰", PersianNumbers.quantity(12_500_000L));
    }

    @Test
    void decimalsUseThePersianDecimalSeparator() {
        assertEquals("۳٫۵", PersianNumbers.quantity(new BigDecimal("3.5")));
    }

    @Test
    void rialsAreGroupedAndNamed() {
        assertEquals("۱۵۰٬۰۰۰٬۰۰۰ ریال", PersianNumbers.rials(150_000_000L));
    }

    @Test
    void labelsOnlyChangeTheirDigits() {
        assertEquals("۱۴۰۴", PersianNumbers.digits(1404));
        assertEquals("۱۲۰۴", PersianNumbers.digits(1204L));
        assertEquals("۰۹:۳۰", PersianNumbers.digits("09:30"));
    }

    @Test
    void noLatinDigitIsLeft() {
        for (long n : new long[]{0, 7, 10, 1234, 9_876_543_210L}) {
            assertFalse(PersianNumbers.quantity(n).matches(".*[0-9].*"), String.valueOf(n));
        }
    }

    @Test
    void nothingBecomesEmpty() {
        assertEquals("", PersianNumbers.quantity(null));
        assertEquals("", PersianNumbers.rials(null));
        assertEquals("", PersianNumbers.digits(null));
    }
}
