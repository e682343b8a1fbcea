package ir.pishkhan.capacity.control;

import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.place.entity.County;

/**
 * The slots of a county's capacity book that licences hold, as the licensing context counts them
 * (it implements this): the occupancy recount asks, so capacity names no licence.
 */
public interface OccupiedSlots {

    /** How many licences of the office type in the county hold a slot (active or suspended ones). */
    long heldByLicences(County county, OfficeType type);
}
