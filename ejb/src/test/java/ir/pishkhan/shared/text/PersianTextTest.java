package ir.pishkhan.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersianTextTest {

    private static final String ZWNJ = "\u200C";

    @Nested
    class Normalize {

        @Test
        void arabicYehBecomesPersianYeh() {
            assertEquals("علی", PersianText.normalize("علي"));
            assertEquals("\u06CC", PersianText.normalize("\u064A"));
        }

        @Test
        void alefMaksuraBecomesPersianYeh() {
            assertEquals("موسی", PersianText.normalize("موسى"));
        }

        @Test
        void arabicKafBecomesPersianKaf() {
            assertEquals("کاشان", PersianText.normalize("كاشان"));
            assertEquals("\u06A9", PersianText.normalize("\u0643"));
        }

        @Test
        void bothAtOnce() {
            assertEquals("کرمانشاهی", PersianText.normalize("كرمانشاهي"));
        }

        @Test
        void tehMarbutaIsKept() {
            assertEquals("فاطمة", PersianText.normalize("فاطمة"));
        }

        @Test
        void whitespaceIsCollapsedAndTrimmed() {
            assertEquals("تهران مرکزی", PersianText.normalize("  تهران   مرکزی "));
            assertEquals("تهران مرکزی", PersianText.normalize("\tتهران\u00A0\u00A0\nمرکزی\u202F"));
            assertEquals("a b", PersianText.normalize("a\u2003\u3000b"));
        }

        @Test
        void tatweelIsRemoved() {
            assertEquals("تهران", PersianText.normalize("تهـــران"));
        }

        @Test
        void diacriticsAreRemoved() {
            assertEquals("محمد", PersianText.normalize("مُحَمَّد"));
            assertEquals("کتابا", PersianText.normalize("کتاباً"));
            assertEquals("رحمن", PersianText.normalize("رحمٰن"));
        }

        @Test
        void zwnjIsKept() {
            assertEquals("می" + ZWNJ + "رود", PersianText.normalize("می" + ZWNJ + "رود"));
        }

        @Test
        void repeatedZwnjBecomesOne() {
            assertEquals("می" + ZWNJ + "رود", PersianText.normalize("می" + ZWNJ + ZWNJ + ZWNJ + "رود"));
        }

        @Test
        void zwnjBesideASpaceIsDropped() {
            assertEquals("خانه ما", PersianText.normalize("خانه" + ZWNJ + " ما"));
            assertEquals("خانه ما", PersianText.normalize("خانه " + ZWNJ + "ما"));
            assertEquals("خانه ما", PersianText.normalize("خانه" + ZWNJ + ZWNJ + "  " + ZWNJ + " ما"));
        }

        @Test
        void zwnjAtEitherEndIsDropped() {
            assertEquals("خانه", PersianText.normalize(ZWNJ + "خانه" + ZWNJ));
            assertEquals("خانه", PersianText.normalize(" " + ZWNJ + " خانه " + ZWNJ));
            assertEquals("", PersianText.normalize(ZWNJ + ZWNJ));
        }

        @Test
        void directionMarksAreRemoved() {
            assertEquals("علی", PersianText.normalize("\u200Fعلی\u200E"));
            assertEquals("علی رضا", PersianText.normalize("\u202Bعلی\u202C \uFEFFرضا"));
        }

        @Test
        void digitsAreLeftAlone() {
            assertEquals("پلاک ۱۲", PersianText.normalize("پلاک ۱۲"));
        }

        @Test
        void nullAndEmpty() {
            assertNull(PersianText.normalize(null));
            assertEquals("", PersianText.normalize(""));
            assertEquals("", PersianText.normalize(" \t\u00A0 "));
        }

        @Test
        void isIdempotent() {
            String once = PersianText.normalize(" كـتابِ  علي" + ZWNJ + " \u00A0");
            assertEquals("کتاب علی", once);
            assertEquals(once, PersianText.normalize(once));
        }
    }

    @Nested
    class Digits {

        @Test
        void persianAndArabicIndicToAscii() {
            assertEquals("1234", PersianText.digitsToAscii("۱۲۳٤"));
            assertEquals("0123456789", PersianText.digitsToAscii("۰۱۲۳۴۵۶۷۸۹"));
            assertEquals("0123456789", PersianText.digitsToAscii("٠١٢٣٤٥٦٧٨٩"));
        }

        @Test
        void otherCharactersAreKept() {
            assertEquals("پلاک 12، واحد 3-b", PersianText.digitsToAscii("پلاک ۱۲، واحد ٣-b"));
        }

        @Test
        void toPersian() {
            assertEquals("۱۴۰۴/۰۸/۱۵", PersianText.digitsToPersian("1404/08/15"));
            assertEquals("۰۱۲۳۴۵۶۷۸۹", PersianText.digitsToPersian("0123456789"));
            assertEquals("۴۵۶", PersianText.digitsToPersian("٤٥٦"));
            assertEquals("ساعت ۰۹:۳۰ AM", PersianText.digitsToPersian("ساعت 09:30 AM"));
        }

        @Test
        void nulls() {
            assertNull(PersianText.digitsToAscii(null));
            assertNull(PersianText.digitsToPersian(null));
            assertNull(PersianText.normalizeDigits(null));
            assertNull(PersianText.searchKey(null));
        }

        @Test
        void normalizeDigitsForNumberFields() {
            assertEquals("0912 123 4567", PersianText.normalizeDigits(" ۰۹۱۲\u00A0۱۲۳  ٤٥٦٧ "));
            assertEquals("پروانه 1404-127", PersianText.normalizeDigits("پروانه  ۱۴۰۴-۱۲۷"));
        }
    }

    @Nested
    class SearchKey {

        @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
        @CsvSource({
                "'كاشان', 'کاشان'",
                "'  تهران   مرکزی ', 'تهران مرکزی'",
                "'علي آباد', 'علی آباد'",
                "'Kashan', 'kashan'",
                "'ISTANBUL', 'istanbul'",
                "'دفتر ۱۲', 'دفتر 12'",
        })
        void keys(String input, String key) {
            assertEquals(key, PersianText.searchKey(input));
        }

        @Test
        void differentSpellingsOfOneNameGiveOneKey() {
            assertEquals(PersianText.searchKey("کاشانی"), PersianText.searchKey(" كاشاني\u200F"));
            assertEquals(PersianText.searchKey("Office 12"), PersianText.searchKey("office ۱۲"));
        }

        @Test
        void lowerCaseDoesNotDependOnTheDefaultLocale() {
            // In a Turkish default locale "I".toLowerCase() would be dotless "ı".
            assertEquals("istanbul", PersianText.searchKey("ISTANBUL"));
        }
    }
}
