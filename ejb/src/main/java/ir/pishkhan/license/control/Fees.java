package ir.pishkhan.license.control;

/**
 * The fee rules: a renewal costs one tenth of that year's issuance fee; inside the grace period
 * after expiry the late fee (a percentage of the renewal fee) is added. Amounts are whole rials.
 */
public final class Fees {

    private Fees() {
    }

    public static long renewal(long issuanceFee) {
        if (issuanceFee < 0) {
            throw new IllegalArgumentException("A fee is never negative");
        }
        return issuanceFee / 10;
    }

    public static long lateRenewal(long issuanceFee, int lateFeePercent) {
        long renewal = renewal(issuanceFee);
        return renewal + renewal * lateFeePercent / 100;
    }
}
