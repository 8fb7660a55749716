package cx.touchpoint.api.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.api.ApiTokenService;
import jakarta.annotation.security.PermitAll;

/** Every signed-in user's API tokens for the REST API; reached from the profile page. */
@Route("profile/api-tokens")
@PageTitle("API tokens · Touchpoint")
@PermitAll
class ApiTokensView extends Main {

    ApiTokensView(ApiTokenService service) {
        addClassName("api-tokens-view");
        getStyle().set("padding", "var(--lumo-space-m)");
        add(new H1("Your profile"), new ApiTokensPanel(service));
    }
}
