package cx.touchpoint.survey.web;

import cx.touchpoint.survey.Unsubscribes;
import cx.touchpoint.survey.Unsubscribes.State;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The unsubscribe link of every survey mail, as a light server-rendered page (no JavaScript needed). GET
 * only shows the confirming page with its button, so a link scanner that opens the link unsubscribes
 * nobody; POST unsubscribes: the page's button, or the mailbox provider's RFC 8058 one-click request
 * ({@code List-Unsubscribe=One-Click}). The token in the path authenticates both; see {@link
 * CustomerPageSecurity}.
 */
@Controller
@RequestMapping("/unsubscribe/{token}")
class UnsubscribeController {

    static final String VIEW = "customer/unsubscribe";

    private final Unsubscribes unsubscribes;

    UnsubscribeController(Unsubscribes unsubscribes) {
        this.unsubscribes = unsubscribes;
    }

    @GetMapping
    ModelAndView confirm(@PathVariable String token, HttpServletResponse response) {
        return page(unsubscribes.state(token), false, response);
    }

    @PostMapping
    ModelAndView unsubscribe(@PathVariable String token, HttpServletResponse response) {
        return page(unsubscribes.unsubscribe(token), true, response);
    }

    private static ModelAndView page(State state, boolean justNow, HttpServletResponse response) {
        if (state == State.UNKNOWN) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        // a customer's link must not be cached by a shared proxy, nor leak through the Referer
        response.setHeader("Cache-Control", "no-store");
        var page = new ModelAndView(VIEW);
        page.addObject("state", state.name());
        page.addObject("justNow", justNow);
        return page;
    }
}
