package ir.pishkhan.rollout.control;

import ir.pishkhan.office.entity.OfficeType;

/**
 * A county and office type: one capacity book, where capacity, licences and a waitlist meet. In
 * county-then-type order, the order a chunk locks the books in.
 */
record Slot(long countyId, OfficeType type) implements Comparable<Slot> {
    @Override
    public int compareTo(Slot o) {
        int c = Long.compare(countyId, o.countyId);
        return c != 0 ? c : type.compareTo(o.type);
    }
}
