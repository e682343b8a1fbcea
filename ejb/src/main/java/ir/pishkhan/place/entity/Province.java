package ir.pishkhan.place.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A province (استان): the scope of province officials and province auditors. The 31 provinces
 * are reference data loaded by migration; they are not edited in the application.
 */
@Entity
@Table(name = "province")
@NamedQuery(name = Province.ALL, query = "SELECT p FROM Province p ORDER BY p.nameFa")
public class Province implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "Province.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** ISO 3166-2:IR style code, e.g. IR-07 for Fars. */
    @Column(nullable = false, unique = true, length = 8)
    private String code;

    @Column(name = "name_fa", nullable = false, length = 100)
    private String nameFa;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Version
    private long version;

    protected Province() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameFa() {
        return nameFa;
    }

    public String getNameEn() {
        return nameEn;
    }
}
