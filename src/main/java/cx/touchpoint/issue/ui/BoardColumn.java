package cx.touchpoint.issue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import cx.touchpoint.issue.IssueCard;
import cx.touchpoint.issue.IssueStatus;
import java.util.List;

/** One status column of the board: a page of cards at a time, and a drop target for moves. */
class BoardColumn extends Div {

    static final int PAGE = 25;

    /** Loads a page of cards for the column: offset, limit. */
    interface Cards {
        List<IssueCard> load(int offset, int limit);
    }

    private final IssueStatus status;
    private final Span count = new Span();
    private final Div cards = new Div();
    private final Button more = new Button("Show more");
    private final boolean workable;
    private final BoardCard.Actions actions;
    private Cards source;
    private int loaded;
    private long total;

    BoardColumn(IssueStatus status, boolean workable, BoardCard.Actions actions) {
        this.status = status;
        this.workable = workable;
        this.actions = actions;
        addClassName("board-column");
        setId("column-" + status.name().toLowerCase().replace('_', '-'));
        var title = new H2(status.label());
        count.addClassName("board-column-count");
        var header = new Div(title, count);
        header.addClassName("board-column-header");
        cards.addClassName("board-column-cards");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        more.addClickListener(e -> loadPage());
        add(header, cards, more);
        if (workable) {
            var target = DropTarget.create(this);
            target.setDropEffect(DropEffect.MOVE);
            target.addDropListener(e -> e.getDragData()
                    .filter(IssueCard.class::isInstance)
                    .map(IssueCard.class::cast)
                    .filter(card -> card.status() != status)
                    .ifPresent(card -> actions.move(card, status)));
        }
    }

    void show(long total, Cards source) {
        this.source = source;
        this.loaded = 0;
        count.setText(String.valueOf(total));
        cards.removeAll();
        if (total == 0) {
            var empty = new Paragraph("No issues");
            empty.addClassName("board-column-empty");
            cards.add(empty);
        }
        this.total = total;
        loadPage();
    }

    private void loadPage() {
        if (source == null) {
            return;
        }
        var page = source.load(loaded, PAGE);
        page.forEach(card -> cards.add(new BoardCard(card, workable, actions)));
        loaded += page.size();
        more.setVisible(loaded < total);
        more.setText("Show more (" + (total - loaded) + ")");
    }

    /**
     * Keeps a card that just moved here in view: when it is not on the loaded pages, it is shown first,
     * marked as just moved.
     */
    void reveal(IssueCard card) {
        if (cards().stream().anyMatch(c -> c.issue().id() == card.id())) {
            return;
        }
        cards.getChildren().filter(c -> !(c instanceof BoardCard)).toList().forEach(cards::remove);
        var shown = new BoardCard(card, workable, actions);
        shown.addClassName("just-moved");
        cards.addComponentAsFirst(shown);
    }

    IssueStatus status() {
        return status;
    }

    List<BoardCard> cards() {
        return cards.getChildren()
                .filter(BoardCard.class::isInstance)
                .map(BoardCard.class::cast)
                .toList();
    }
}
