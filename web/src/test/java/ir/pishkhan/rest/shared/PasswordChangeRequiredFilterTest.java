package ir.pishkhan.rest.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which calls an account with an unchanged one-time password may still make. */
class PasswordChangeRequiredFilterTest {

    @ParameterizedTest
    @CsvSource({
            "GET, me, true",
            "GET, /me, true",
            "GET, /me/, true",
            "PUT, /me/password, true",
            "PUT, me/password/, true",
            "PUT, /me, false",
            "GET, /me/password, false",
            "POST, /me/password, false",
            "GET, /users, false",
            "GET, /public/licenses/0723-G-00017-0, false",
            "GET, /mex, false",
            "GET, /me/../users, false",
    })
    void onlyReadingOnesAccountAndChangingThePasswordStayOpen(String method, String path, boolean open) {
        assertEquals(open, PasswordChangeRequiredFilter.stillOpen(method, path));
    }
}
