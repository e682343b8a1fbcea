package ir.pishkhan.workinggroup.control;

import ir.pishkhan.shared.config.Setting;

/**
 * How many members must be present for the working group to decide: by default a majority of
 * its members (more than half); {@code pishkhan.wg.quorum-percent} sets another share instead
 * (e.g. 66 for two thirds, rounded up).
 */
public final class Quorum {

    private Quorum() {
    }

    public static int of(int members) {
        return of(members, Setting.WG_QUORUM_PERCENT.optionalInteger().orElse(null));
    }

    static int of(int members, Integer percent) {
        if (members <= 0) {
            return 1;
        }
        if (percent == null) {
            return members / 2 + 1;
        }
        return Math.max(1, (int) Math.ceil(members * Math.min(100, Math.max(1, percent)) / 100.0));
    }
}
