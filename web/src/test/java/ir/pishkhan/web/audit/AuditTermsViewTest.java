package ir.pishkhan.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.audit.control.AuditTerms;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit trail as an auditor reads it: Persian names, who acted, and the filter's choices. */
class AuditTermsViewTest {

    final AuditTermsView terms = new AuditTermsView();

    @Test
    void actionsAndObjectsHavePersianNamesAndAnUnknownCodeIsShownAsStored() {
        assertEquals("صدور پروانه", terms.action("LICENSE_ISSUED"));
        assertEquals("پروندهٔ لغو پروانه", terms.objectType("RevocationCase"));
        assertEquals("SOMETHING_NEW", terms.action("SOMETHING_NEW"));
        assertEquals("", terms.action(null));
    }

    @Test
    void onlyAPersonsUsernameIsShownAsAUsername() {
        assertEquals("سامانه", terms.actor("system"));
        assertEquals("شهروند (بدون ورود)", terms.actor("anonymous"));
        assertFalse(terms.person("system"));
        assertFalse(terms.person("anonymous"));
        assertFalse(terms.person(null));
        assertTrue(terms.person("kavar.clerk"));
    }

    @Test
    void aPlainNumberIsNumericAndALicenceNumberIsACode() {
        assertTrue(terms.numeric("1234"));
        assertFalse(terms.numeric("0723-G-00017-0"));
        assertFalse(terms.numeric(""));
        assertFalse(terms.numeric(null));
    }

    @Test
    void theFilterOffersEveryActionByItsPersianNameInPersianAlphabeticalOrder() {
        Map<String, String> choices = terms.getActionChoices();
        assertEquals(AuditTerms.actions().size(), choices.size(), "one choice per action, no two with the same name");
        assertEquals("LICENSE_ISSUED", choices.get("صدور پروانه"));
        assertSorted(new ArrayList<>(choices.keySet()));
        assertSorted(new ArrayList<>(terms.getObjectTypeChoices().keySet()));
        assertEquals("RevocationCase", terms.getObjectTypeChoices().get("پروندهٔ لغو پروانه"));
    }

    static void assertSorted(List<String> names) {
        Collator persian = Collator.getInstance(Locale.forLanguageTag("fa-IR"));
        for (int i = 1; i < names.size(); i++) {
            assertTrue(persian.compare(names.get(i - 1), names.get(i)) <= 0, names.get(i - 1) + " before " + names.get(i));
        }
    }
}
