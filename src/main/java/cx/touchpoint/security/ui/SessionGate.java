package cx.touchpoint.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import cx.touchpoint.security.ProfileService;
import cx.touchpoint.security.SessionStanding;
import org.springframework.stereotype.Component;

/**
 * On every navigation: a person whose password an admin reset goes to their profile until they choose a new
 * one; a person an admin disabled is signed out at once.
 */
@Component
class SessionGate implements VaadinServiceInitListener {

    private final ProfileService profiles;
    private final AuthenticationContext authentication;

    SessionGate(ProfileService profiles, AuthenticationContext authentication) {
        this.profiles = profiles;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (!authentication.isAuthenticated()) {
            return;
        }
        SessionStanding standing = profiles.standing();
        if (standing == SessionStanding.DISABLED) {
            authentication.logout();
        } else if (standing == SessionStanding.MUST_CHANGE_PASSWORD
                && !ProfileView.class.equals(event.getNavigationTarget())) {
            event.forwardTo(ProfileView.class);
        }
    }
}
