package cx.touchpoint.theme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import cx.touchpoint.base.Dates;
import cx.touchpoint.base.Option;
import cx.touchpoint.base.ui.CommentText;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.base.ui.OptionComboBox;
import cx.touchpoint.theme.CommentFilter;
import cx.touchpoint.theme.Sentiment;
import cx.touchpoint.theme.ThemeComment;
import cx.touchpoint.theme.ThemeService;

/**
 * Customers' own words, each with its theme and sentiment, filtered by theme and sentiment: the review, the
 * account page and a theme's page show comments through this one component.
 */
public class ThemedVerbatims extends Div {

    private final ThemeService themes;
    private final CommentFilter base;
    private final int limit;
    final OptionComboBox theme = new OptionComboBox("Theme");
    final Select<Sentiment> sentiment = new Select<>();
    private final Div list = new Div();

    /**
     * @param base the comments to choose from (e.g. one account's)
     * @param limit how many of the newest matching comments to show
     * @param id the id of the component; its filters and list take it as a prefix
     */
    public ThemedVerbatims(ThemeService themes, CommentFilter base, int limit, String id, boolean themeFilter) {
        this.themes = themes;
        this.base = base;
        this.limit = limit;
        setId(id);
        addClassName("themed-verbatims");
        theme.setId(id + "-theme");
        theme.setOptions(themes.themeOptions(base.themeId()), base.themeId());
        theme.setClearButtonVisible(true);
        theme.setPlaceholder("Any theme");
        theme.addValueChangeListener(e -> refresh());
        sentiment.setId(id + "-sentiment");
        sentiment.setLabel("Sentiment");
        sentiment.setItems(Sentiment.values());
        sentiment.setItemLabelGenerator(s -> s == null ? "Any" : s.label());
        sentiment.setEmptySelectionAllowed(true);
        sentiment.setEmptySelectionCaption("Any");
        sentiment.addValueChangeListener(e -> refresh());
        var filters = new FlexLayout();
        filters.addClassName("verbatim-filters");
        if (themeFilter) {
            filters.add(theme);
        }
        filters.add(sentiment);
        list.setId(id + "-list");
        list.addClassName("verbatim-list");
        add(filters, list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        Option chosen = theme.getValue();
        var filter = base.withSentiment(sentiment.getValue());
        if (chosen != null) {
            filter = filter.withTheme(chosen.id());
        }
        var comments = themes.comments(filter, null, limit);
        if (comments.isEmpty()) {
            list.add(new EmptyState("No comments match."));
            return;
        }
        comments.forEach(c -> list.add(card(c)));
    }

    static Component card(ThemeComment comment) {
        var source = new Span(comment.accountName() + " · " + Dates.day(comment.commentedAt())
                + (comment.nps() == null ? "" : " · NPS answer " + comment.nps())
                + (comment.complaintId() != null ? " · complaint" : ""));
        source.addClassName("verbatim-source");
        var card = new Div(new CommentText(comment.text()), ThemeFormats.analysis(comment), source);
        card.addClassName("verbatim-card");
        return card;
    }
}
