package cx.touchpoint.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import cx.touchpoint.base.ui.CommentText;
import cx.touchpoint.base.ui.Dates;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.base.ui.Formats;
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
        var account = new Anchor("accounts/" + verbatim.accountId(), verbatim.account());
        var facts = new Span(" · " + verbatim.touchPoint() + " · score " + Formats.score(verbatim.score())
                + (verbatim.nps() == null ? "" : " · NPS answer " + verbatim.nps()) + " · "
                + Dates.day(verbatim.respondedAt()));
        var source = new Div(account, facts);
        source.addClassName("verbatim-source");
        var quote = new Div(text, source);
        quote.addClassName("verbatim");
        return quote;
    }
}
