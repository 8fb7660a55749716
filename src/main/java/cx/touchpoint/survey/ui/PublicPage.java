package cx.touchpoint.survey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import cx.touchpoint.survey.LinkState;

/** The frame of the pages customers open from a mail: no navigation, readable on a phone. */
abstract class PublicPage extends Main {

    PublicPage() {
        addClassName("public-page");
        if (LicenceBanner.shown()) {
            // room to scroll the last controls (Approve, Send my answers) clear of the banner on a phone
            addClassName("licence-banner-room");
        }
    }

    /** The friendly page for a link that cannot be used; says nothing about the account. */
    void showClosed(LinkState state) {
        removeAll();
        String title;
        String text;
        switch (state) {
            case USED -> {
                title = "Already answered";
                text = "This link has already been used. Thank you — your answers reached us.";
            }
            case EXPIRED -> {
                title = "This link has expired";
                text =
                        "The survey closed before it was answered. If you would still like to tell us something, reply to"
                                + " the mail you received.";
            }
            case CANCELLED -> {
                title = "This survey was withdrawn";
                text = "There is nothing to answer here any more. Thank you for your time.";
            }
            default -> {
                title = "Link not found";
                text = "This link is not valid. Please check that you copied the whole link from the mail.";
            }
        }
        var card = new Div(new H1(title), new Paragraph(text));
        card.addClassName("public-card");
        card.setId("link-" + state.name().toLowerCase());
        add(card);
    }
}
