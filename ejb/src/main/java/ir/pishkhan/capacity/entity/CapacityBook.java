package ir.pishkhan.capacity.entity;

import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.place.entity.InCounty;
import ir.pishkhan.shared.error.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Map;

/**
 * The capacity book (دفتر ظرفیت) of one county and office type: how many licences the province
 * allows there, and how many slots are occupied (active or suspended licences plus open
 * invitations).
 *
 * <p>Invariant: {@code occupied} never passes {@code capacity} through {@link #reserve()}. Use
 * cases lock this row before they take or free a slot, so the check and the change happen as
 * one step even with concurrent clerks on several nodes. Lowering the capacity below occupancy
 * evicts nobody: the county stays saturated until occupancy falls.
 *
 * <p>The one way past capacity is history: licences of an old register brought in by the
 * roll-out ({@link #occupyImported()}) occupy their slots even where the county holds more
 * offices than its capacity. Such a county is over capacity ({@link #isOverCapacity()}): it keeps
 * every office, nobody is evicted, and — {@link #reserve()} refusing and {@link #free()} being
 * nought — nothing is issued or offered there until occupancy falls below capacity.
 */
@Entity
@Table(name = "capacity_book")
@NamedQuery(name = CapacityBook.FIND, query = "SELECT b FROM CapacityBook b WHERE b.county.id = :countyId AND b.officeType = :type")
@NamedQuery(name = CapacityBook.OF_COUNTY, query = "SELECT b FROM CapacityBook b WHERE b.county.id = :countyId ORDER BY b.officeType")
public class CapacityBook implements java.io.Serializable, InCounty {

    private static final long serialVersionUID = 1L;

    public static final String FIND = "CapacityBook.find";
    public static final String OF_COUNTY = "CapacityBook.ofCounty";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "county_id", nullable = false)
    private County county;

    @Enumerated(EnumType.STRING)
    @Column(name = "office_type", nullable = false, length = 32)
    private OfficeType officeType;

    @Column(nullable = false)
    private int capacity;

    @Column(nullable = false)
    private int occupied;

    @Column(name = "next_serial", nullable = false)
    private int nextSerial = 1;

    @Version
    private long version;

    protected CapacityBook() {
    }

    public CapacityBook(County county, OfficeType officeType, int capacity) {
        this.county = county;
        this.officeType = officeType;
        setCapacity(capacity);
    }

    public void setCapacity(int newCapacity) {
        if (newCapacity < 0 || newCapacity > 100_000) {
            throw BusinessException.invalid("CAPACITY_INVALID", "ظرفیت باید عددی بین ۰ و ۱۰۰٬۰۰۰ باشد.",
                    "Capacity must be between 0 and 100000.");
        }
        this.capacity = newCapacity;
    }

    /** Takes one slot, or refuses because the county is saturated. */
    public void reserve() {
        if (occupied >= capacity) {
            throw CapacityRefusals.capacityFull(county, occupied, capacity);
        }
        occupied++;
    }

    /**
     * The slot of a licence brought in from an old register (history before this system): taken
     * whether or not one is free, since the office exists already. Every other way into a slot goes
     * through {@link #reserve()}.
     */
    public void occupyImported() {
        occupied++;
    }

    /**
     * A licence number of this system's shape brought in with its serial: the book hands out
     * serials after it from now on, so a new licence never gets a number already issued.
     */
    public void serialIssued(int serial) {
        if (serial >= nextSerial) {
            nextSerial = serial + 1;
        }
    }

    /** The serial the next licence of this county and office type will get. */
    public int getNextSerial() {
        return nextSerial;
    }

    /** Frees one slot (a licence ended or an invitation lapsed or was declined). */
    public void release() {
        if (occupied == 0) {
            throw new IllegalStateException("Capacity book " + id + " has no occupied slot to free");
        }
        occupied--;
    }

    /** Hands out the next serial for a licence number in this county and office type. */
    public int takeSerial() {
        return nextSerial++;
    }

    public int free() {
        return Math.max(0, capacity - occupied);
    }

    public boolean isSaturated() {
        return saturated(capacity, occupied);
    }

    /**
     * Over capacity (بیش از ظرفیت): more slots occupied than the province allows — only licences
     * brought in from an old register get a county there. Nothing is free there; where the province
     * set a capacity at all, the county is also saturated.
     */
    public boolean isOverCapacity() {
        return overCapacity(capacity, occupied);
    }

    /** {@link #isOverCapacity()} from the two numbers, for readers that do not load the book. */
    public static boolean overCapacity(int capacity, int occupied) {
        return occupied > capacity;
    }

    /**
     * Saturated (اشباع): every slot the province set is taken. A book with no capacity at all
     * (none set, or 0, as for an office type a county does not take) is not saturated: it has
     * nothing to fill, and shows as "without capacity" instead.
     */
    public static boolean saturated(int capacity, int occupied) {
        return capacity > 0 && occupied >= capacity;
    }

    @Override
    public String auditType() {
        return "CapacityBook";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> snapshot() {
        return Map.of("countyId", county.getId(), "officeType", officeType.name(), "capacity", capacity,
                "occupied", occupied);
    }

    public Long getId() {
        return id;
    }

    public County getCounty() {
        return county;
    }

    public OfficeType getOfficeType() {
        return officeType;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getOccupied() {
        return occupied;
    }
}
