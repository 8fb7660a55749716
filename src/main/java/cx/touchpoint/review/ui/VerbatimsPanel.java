package cx.touchpoint.review.ui;

import com.vaadin.flow.component.html.Div;
import cx.touchpoint.base.Dates;
import cx.touchpoint.base.ui.CommentText;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.base.ui.StaticMarkup;
import cx.touchpoint.review.Verbatim;
import java.util.List;

/** Recent comments from unhappy customers, verbatim, so the discussion is about their concern. */
class VerbatimsPanel extends Div {

    VerbatimsPanel(List<Verbatim> verbatims) {
        addClassName("verbatims");
        if (verbatims.isEmpty()) {
            var empty = new EmptyState("No comments from low-scoring responses yet.");
            add(empty);
            return;
        }
        verbatims.forEach(verbatim -> add(quote(verbatim)));
    }

    private static Div quote(Verbatim verbatim) {
        var text = new CommentText("“" + verbatim.comment() + "”", "verbatim-text");
        String facts = " · " + verbatim.touchPoint() + " · score " + Formats.score(verbatim.score())
                + (verbatim.nps() == null ? "" : " · NPS answer " + verbatim.nps()) + " · "
                + Dates.day(verbatim.respondedAt());
        // who said it, as one node of the tab's state: the link and the facts are read-only
        var source = StaticMarkup.of(
                "verbatim-source",
                StaticMarkup.link("accounts/" + verbatim.accountId(), "", verbatim.account()) + "<span>"
                        + StaticMarkup.text(facts) + "</span>");
        var quote = new Div(text, source);
        quote.addClassName("verbatim");
        return quote;
    }
}
