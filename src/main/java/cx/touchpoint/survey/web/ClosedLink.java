package cx.touchpoint.survey.web;

import cx.touchpoint.survey.LinkState;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page for a customer link that cannot be used (answered, expired, withdrawn, unknown): says
 * what happened in the customer's words and nothing about the account. {@code customer/closed.html}.
 */
final class ClosedLink {

    private ClosedLink() {}

    static ModelAndView page(LinkState state) {
        var page = new ModelAndView("customer/closed", status(state));
        page.addObject("state", state.name().toLowerCase());
        page.addObject("title", title(state));
        page.addObject("text", text(state));
        return page;
    }

    static String title(LinkState state) {
        return switch (state) {
            case USED -> "Already answered";
            case SENT -> "This survey has been sent";
            case EXPIRED -> "This link has expired";
            case CANCELLED -> "This survey was withdrawn";
            default -> "Link not found";
        };
    }

    static String text(LinkState state) {
        return switch (state) {
            case USED -> "This link has already been used. Thank you — your answers reached us.";
            case SENT -> "Thank you for reviewing the draft. The survey went out as prepared with you: each person"
                    + " it is addressed to receives their own mail with a personal link to answer it. There is"
                    + " nothing more to do on this page.";
            case EXPIRED -> "The survey closed before it was answered. If you would still like to tell us"
                    + " something, reply to the mail you received.";
            case CANCELLED -> "There is nothing to answer here any more. Thank you for your time.";
            default -> "This link is not valid. Please check that you copied the whole link from the mail.";
        };
    }

    /** 404 for a link that never existed; 410 Gone for one that did its work or closed. */
    private static HttpStatus status(LinkState state) {
        return switch (state) {
            case USED, SENT, EXPIRED, CANCELLED -> HttpStatus.GONE;
            default -> HttpStatus.NOT_FOUND;
        };
    }
}
