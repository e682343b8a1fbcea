package ir.pishkhan.security.control;

import java.util.Optional;

/**
 * Where an office is, for an office manager's grant (scope {@code OFFICE}): security owns the
 * question, the licence context answers it (an office is its licence, so the scope id is the
 * licence's id). The interface keeps security below licensing: security names no licence table
 * or class.
 */
public interface Offices {

    /** The county and province of the office with this id, if there is one. */
    Optional<Location> locate(long officeId);

    record Location(long countyId, long provinceId) {
    }
}
