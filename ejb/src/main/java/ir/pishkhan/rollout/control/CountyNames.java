package ir.pishkhan.rollout.control;

import ir.pishkhan.shared.text.PersianText;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The counties of one province by the names a file may give them: the county's search key
 * (Persian ی/ک, Latin digits, lower case), then the same without spaces and half-spaces, so
 * «كوار», «کوار» and «شهرستان کوار» all name Kavar. Counties of other provinces are never found:
 * a roll-out file brings in one province.
 */
public final class CountyNames {

    private static final String COUNTY_WORD = "شهرستان";

    private final long provinceId;
    private final String provinceFa;
    private final Map<String, Long> bySearchKey = new HashMap<>();
    private final Map<String, Long> byLooseKey = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();

    public CountyNames(long provinceId, String provinceFa) {
        this.provinceId = provinceId;
        this.provinceFa = provinceFa;
    }

    /** Adds a county of the province (its id and Persian name). */
    public CountyNames add(long countyId, String nameFa) {
        names.put(countyId, nameFa);
        bySearchKey.putIfAbsent(PersianText.searchKey(nameFa), countyId);
        // Two names that differ only in spacing would be ambiguous without spaces: neither wins.
        byLooseKey.merge(Cells.key(nameFa), countyId, (a, b) -> a.equals(b) ? a : -1L);
        return this;
    }

    /** The county a cell names, if it is one of this province's. */
    public Optional<Long> find(String cell) {
        String text = Cells.text(cell);
        if (text == null) {
            return Optional.empty();
        }
        Optional<Long> found = lookup(text);
        if (found.isEmpty() && text.startsWith(COUNTY_WORD + " ")) {
            found = lookup(text.substring(COUNTY_WORD.length() + 1));
        }
        return found;
    }

    private Optional<Long> lookup(String text) {
        Long id = bySearchKey.get(PersianText.searchKey(text));
        if (id == null) {
            id = byLooseKey.get(Cells.key(text));
        }
        return id == null || id < 0 ? Optional.empty() : Optional.of(id);
    }

    public long provinceId() {
        return provinceId;
    }

    public String provinceFa() {
        return provinceFa;
    }

    /** The Persian name of a county of the province, or null. */
    public String name(long countyId) {
        return names.get(countyId);
    }
}
