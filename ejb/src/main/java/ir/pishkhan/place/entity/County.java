package ir.pishkhan.place.entity;

import ir.pishkhan.shared.audit.Audited;
import ir.pishkhan.shared.persistence.Versioned;
import ir.pishkhan.shared.text.PersianText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * A county (شهرستان): the unit every office, application, licence, report and case belongs to,
 * and the scope of county post-office clerks and working groups.
 *
 * <p>Invariant: the Persian name is stored normalised (Persian ی and ک, single spaces) together
 * with its search key, so that the same county cannot be entered twice in one province under a
 * differently typed spelling.
 */
@Entity
@Table(name = "county")
@NamedQuery(name = County.OF_PROVINCE,
        query = "SELECT c FROM County c WHERE c.province.id = :provinceId ORDER BY c.nameFa")
@NamedQuery(name = County.BY_KEY,
        query = "SELECT c FROM County c WHERE c.province.id = :provinceId AND c.searchKey = :key")
public class County implements java.io.Serializable, Audited, Versioned {

    private static final long serialVersionUID = 1L;

    public static final String OF_PROVINCE = "County.ofProvince";
    public static final String BY_KEY = "County.byKey";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "province_id", nullable = false)
    private Province province;

    @Column(name = "name_fa", nullable = false, length = 100)
    private String nameFa;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "search_key", nullable = false, length = 100)
    private String searchKey;

    @Column(length = 20)
    private String wikidata;

    @Version
    private long version;

    protected County() {
    }

    public County(Province province, String nameFa, String nameEn) {
        this.province = province;
        applyNames(nameFa, nameEn);
    }

    /** Renames the county (e.g. after an official renaming); the id and everything under it stay. */
    public void rename(String newNameFa, String newNameEn) {
        applyNames(newNameFa, newNameEn);
    }

    private void applyNames(String fa, String en) {
        String normalized = PersianText.normalize(fa);
        if (normalized == null || normalized.isEmpty() || normalized.length() > 100) {
            throw PlaceRefusals.countyNameInvalid("فارسی", "Persian");
        }
        String english = en == null ? "" : en.trim().replaceAll("\\s+", " ");
        if (english.isEmpty() || english.length() > 100) {
            throw PlaceRefusals.countyNameInvalid("لاتین", "English");
        }
        this.nameFa = normalized;
        this.nameEn = english;
        this.searchKey = PersianText.searchKey(normalized);
    }

    @Override
    public String auditType() {
        return "County";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditProvinceId() {
        return province.getId();
    }

    @Override
    public Long auditCountyId() {
        return id;
    }

    @Override
    public String persianThis() {
        return "این شهرستان";
    }

    @Override
    public String englishThis() {
        return "this county";
    }

    /** What the audit trail records of a county. */
    @Override
    public Map<String, Object> snapshot() {
        return Map.of("provinceId", province.getId(), "nameFa", nameFa, "nameEn", nameEn);
    }

    public Long getId() {
        return id;
    }

    public Province getProvince() {
        return province;
    }

    public String getNameFa() {
        return nameFa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getSearchKey() {
        return searchKey;
    }

    public String getWikidata() {
        return wikidata;
    }

    @Override
    public long getVersion() {
        return version;
    }
}
