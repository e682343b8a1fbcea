package ir.pishkhan.web.place;

import ir.pishkhan.place.boundary.Places;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.web.security.CurrentUserView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The dashboard: for staff, the counties they work in. Later issues add their own panels. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Places places;

    @Inject
    CurrentUserView currentUser;

    private List<County> counties;

    public List<County> getCounties() {
        if (counties == null) {
            counties = currentUser.isStaff() ? places.myCounties(null, 0, 500) : List.of();
        }
        return counties;
    }
}
