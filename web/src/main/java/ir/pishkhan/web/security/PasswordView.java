package ir.pishkhan.web.security;

import ir.pishkhan.security.boundary.Users;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * The change-password page: anyone changes their own password here, and a person who signed in
 * with a one-time password must, before any other page opens (the authentication mechanism sends
 * them here). Afterwards they go on to the desk.
 */
@Named
@RequestScoped
public class PasswordView {

    @Inject
    Users users;

    @Inject
    CredentialCache credentials;

    @Inject
    FacesContext faces;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    public void change() throws IOException {
        if (newPassword == null || !newPassword.equals(repeatPassword)) {
            faces.addMessage("password:repeatPassword", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "تکرار گذرواژهٔ تازه با خود آن یکی نیست.", null));
            return;
        }
        String username = users.me().getUsername();
        users.changeOwnPassword(currentPassword, newPassword);
        // The old password, and the old "must change it" state, are not kept for the API either.
        credentials.forget(username);
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/app/dashboard.xhtml");
        faces.responseComplete();
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String v) { currentPassword = v; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String v) { newPassword = v; }
    public String getRepeatPassword() { return repeatPassword; }
    public void setRepeatPassword(String v) { repeatPassword = v; }
}
