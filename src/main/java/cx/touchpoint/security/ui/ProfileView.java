package cx.touchpoint.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.security.Profile;
import cx.touchpoint.security.ProfileService;
import jakarta.annotation.security.PermitAll;

/**
 * The signed-in person's own page: who they are, their password. Sections are components added in order
 * below; a feature adds its own section (e.g. API tokens) as one more component.
 */
@Route("profile")
@PageTitle("Profile · Touchpoint")
@PermitAll
public class ProfileView extends Main {

    public static final String PATH = "profile";

    private final Div mustChange = new Div();

    ProfileView(ProfileService service) {
        addClassName("profile-view");
        Profile me = service.me();
        add(new H1("Your profile"));
        mustChange.addClassName("must-change-password");
        mustChange.getElement().setAttribute("role", "alert");
        mustChange.add(new Paragraph("An admin set a one-time password for you. Choose your own password to"
                + " continue; until then, Touchpoint opens only this page."));
        mustChange.setVisible(me.mustChangePassword());
        var tokens = new Anchor("profile/api-tokens", "Your API tokens for the REST API");
        tokens.setId("profile-api-tokens");
        add(mustChange, who(me), new PasswordSection(service, () -> mustChange.setVisible(false)), tokens);
    }

    private static Section who(Profile me) {
        var section = new Section(new H2(me.fullName()));
        section.addClassName("card");
        section.add(new Paragraph("Username: " + me.username()));
        section.add(new Paragraph("Email: " + me.email()));
        section.add(new Paragraph("Role: " + me.role().label() + " · Team: " + me.team()));
        section.add(new Paragraph("Your name, email, role and team are set by an admin."));
        return section;
    }
}
