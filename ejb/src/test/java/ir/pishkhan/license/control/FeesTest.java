package ir.pishkhan.license.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FeesTest {

    @Test
    void renewalIsOneTenthOfTheIssuanceFee() {
        assertEquals(60_000_000L, Fees.renewal(600_000_000L));
        assertEquals(0L, Fees.renewal(9L), "whole rials, rounded down");
    }

    @Test
    void lateRenewalAddsThePercentageOfTheRenewalFee() {
        assertEquals(72_000_000L, Fees.lateRenewal(600_000_000L, 20));
        assertEquals(60_000_000L, Fees.lateRenewal(600_000_000L, 0));
        assertEquals(120_000_000L, Fees.lateRenewal(600_000_000L, 100));
    }

    @Test
    void negativeFeesAreAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> Fees.renewal(-1));
    }
}
