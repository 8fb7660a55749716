package cx.touchpoint.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import cx.touchpoint.survey.CustomerLinks;

/**
 * Opting out from a survey mail's unsubscribe link, after one confirming click (mail scanners that
 * open links must not unsubscribe anyone). Route: unsubscribe/&lt;token&gt;.
 */
@Route(value = "unsubscribe/:token", autoLayout = false)
@PageTitle("Unsubscribe")
@AnonymousAllowed
@CssImport("./styles/surveys.css")
class UnsubscribeView extends Main implements BeforeEnterObserver {

    private final CustomerLinks links;

    UnsubscribeView(CustomerLinks links) {
        this.links = links;
        addClassName("public-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        var confirm = new Button("Unsubscribe me", e -> {
            if (links.unsubscribe(token)) {
                removeAll();
                var card = new Div(
                        new H1("You are unsubscribed"),
                        new Paragraph("You will not receive survey" + " invitations from us any more."));
                card.addClassName("public-card");
                card.setId("unsubscribed");
                add(card);
            } else {
                removeAll();
                var card = new Div(
                        new H1("Link not found"),
                        new Paragraph(
                                "This link is not valid. Please check that you copied the whole link from the mail."));
                card.addClassName("public-card");
                card.setId("link-unknown");
                add(card);
            }
        });
        confirm.setId("unsubscribe-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var card = new Div(
                new H1("Unsubscribe from surveys"),
                new Paragraph("Confirm, and we will not send you survey" + " invitations again."),
                confirm);
        card.addClassName("public-card");
        add(card);
    }
}
