package ir.pishkhan.web.place;

import ir.pishkhan.place.boundary.Places;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.place.entity.Province;
import ir.pishkhan.web.security.CurrentUserView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Administrators' page for counties: browse by province, add a county, rename one. A province
 * administrator is offered their own province only.
 */
@Named
@ViewScoped
public class CountiesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Places places;

    @Inject
    CurrentUserView currentUser;

    private Long provinceId;
    private List<County> counties;

    private String newNameFa;
    private String newNameEn;
    private String newReason;

    private Long renameId;
    private long renameVersion;
    private String renameFa;
    private String renameEn;
    private String renameReason;

    @PostConstruct
    void init() {
        getProvinces();
    }

    /** The provinces whose counties the caller keeps: all for a national administrator. */
    public List<Province> getProvinces() {
        List<Province> mine = places.provinces().stream().filter(p -> currentUser.administers(p.getId())).toList();
        if (provinceId == null && mine.size() == 1) {
            provinceId = mine.get(0).getId();
        }
        return mine;
    }

    public List<County> getCounties() {
        if (counties == null) {
            counties = provinceId == null ? List.of() : places.countiesOf(provinceId);
        }
        return counties;
    }

    public void provinceChanged() {
        counties = null;
    }

    public void add() {
        County added = places.addCounty(provinceId, newNameFa, newNameEn, newReason);
        info("شهرستان «" + added.getNameFa() + "» افزوده شد.");
        newNameFa = null;
        newNameEn = null;
        newReason = null;
        counties = null;
    }

    public void startRename(County county) {
        renameId = county.getId();
        renameVersion = county.getVersion();
        renameFa = county.getNameFa();
        renameEn = county.getNameEn();
        renameReason = null;
    }

    public void rename() {
        County renamed = places.renameCounty(renameId, renameFa, renameEn, renameVersion, renameReason);
        info("نام شهرستان به «" + renamed.getNameFa() + "» تغییر کرد.");
        renameId = null;
        counties = null;
    }

    private static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    public Long getProvinceId() { return provinceId; }
    public void setProvinceId(Long v) { provinceId = v; }
    public String getNewNameFa() { return newNameFa; }
    public void setNewNameFa(String v) { newNameFa = v; }
    public String getNewNameEn() { return newNameEn; }
    public void setNewNameEn(String v) { newNameEn = v; }
    public String getNewReason() { return newReason; }
    public void setNewReason(String v) { newReason = v; }
    public Long getRenameId() { return renameId; }
    public String getRenameFa() { return renameFa; }
    public void setRenameFa(String v) { renameFa = v; }
    public String getRenameEn() { return renameEn; }
    public void setRenameEn(String v) { renameEn = v; }
    public String getRenameReason() { return renameReason; }
    public void setRenameReason(String v) { renameReason = v; }
}
