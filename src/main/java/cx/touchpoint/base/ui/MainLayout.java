package cx.touchpoint.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import cx.touchpoint.base.SignedInPerson;
import org.springframework.beans.factory.annotation.Value;

/**
 * The shell around every signed-in view. The side navigation is built from the views' {@code @Menu}
 * annotations and lists only the views the signed-in role may open.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    public MainLayout(
            AuthenticationContext authentication, @Value("${touchpoint.demo.enabled:false}") boolean demoMode) {
        setPrimarySection(Section.DRAWER);
        addToDrawer(menu(authentication));
        var header = new Header(new DrawerToggle());
        header.addClassName("main-header");
        if (demoMode) {
            header.add(demoMarker());
        }
        addToNavbar(header);
    }

    /**
     * Vaadin keeps each browser tab's last response, to send it again should the browser repeat its
     * request; after a navigation that response is the whole view (the segment view's: ~100 KB, kept
     * as long as the tab is open). One tiny round trip once the view is drawn leaves a few bytes kept.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        getElement().executeJs("return 0").then(Integer.class, drawn -> {});
    }

    /** Shown on every page while demo mode is on, so nobody mistakes the demo company for real customers. */
    private static Span demoMarker() {
        var marker = new Span("Demo data — not for real customers");
        marker.addClassName("demo-marker");
        marker.getElement().setAttribute("title", "Demo mode is on (TOUCHPOINT_DEMO_ENABLED)");
        return marker;
    }

    /**
     * The drawer: brand, the views and who is signed in with Profile and Sign out, in one navigation
     * landmark. On a phone the drawer is the menu behind the toggle, so the way out is always one tap away.
     */
    private static Nav menu(AuthenticationContext authentication) {
        var menu = new Nav(brand(), userBox(authentication), navigation());
        menu.addClassName("main-menu");
        menu.getElement().setAttribute("aria-label", "Main menu");
        return menu;
    }

    private static Div brand() {
        var logo = new Icon(VaadinIcon.BULLSEYE);
        logo.addClassName("brand-logo");
        var brand = new Div(logo, new Span("Touchpoint"));
        brand.addClassName("brand");
        return brand;
    }

    private static SideNav navigation() {
        var nav = new SideNav();
        nav.addClassName("main-nav");
        // the menu around it is the navigation landmark; a second one inside would be announced twice
        nav.getElement().setAttribute("role", "none");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private static SideNavItem item(MenuEntry entry) {
        var item = new SideNavItem(entry.title(), entry.path());
        if (entry.icon() != null && !entry.icon().isBlank()) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

    private static Div userBox(AuthenticationContext authentication) {
        var box = new Div();
        box.addClassName("user-box");
        authentication.getAuthenticatedUser(SignedInPerson.class).ifPresent(user -> {
            var who = new Span(user.fullName() + " · " + user.roleLabel());
            who.addClassName("user-name");
            var profile = new Anchor("profile", "Profile");
            profile.addClassName("profile-link");
            var logout = new Button("Sign out", new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            box.add(who, profile, logout);
        });
        return box;
    }
}
