package cx.touchpoint.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.segment.Segment;
import cx.touchpoint.segment.SegmentMovement;
import java.util.Comparator;
import java.util.Optional;

/** The largest moves between segments since the previous wave, the worrying ones marked. */
class MovementPanel extends Div {

    static final int MOVES_SHOWN = 6;

    MovementPanel(Optional<SegmentMovement> movement) {
        addClassName("review-movement");
        if (movement.isEmpty() || movement.get().moved() == 0) {
            var empty = new EmptyState("Movement shows once two relationship survey waves have scores.");
            add(empty);
            return;
        }
        SegmentMovement m = movement.get();
        add(new Paragraph(Formats.count(m.moved()) + " of " + Formats.count(m.total())
                + " accounts changed segment from " + m.from().label() + " to " + m.to().label() + "."));
        m.moves().stream()
                .filter(move -> move.from() != move.to() && move.from() != Segment.UNSCORED)
                .sorted(Comparator.comparingLong(SegmentMovement.Move::accounts).reversed())
                .limit(MOVES_SHOWN)
                .forEach(move -> add(row(move)));
        add(new Anchor("segments", "Segments, scatter and the full movement matrix →"));
    }

    private static Div row(SegmentMovement.Move move) {
        var count = new Span(Formats.count(move.accounts()));
        count.addClassName("review-move-count");
        var row = new Div(
                count,
                new Span(" moved " + move.from().label() + " → " + move.to().label()));
        row.addClassName("review-move");
        switch (move.direction()) {
            case WORSE -> row.addClassName("worse");
            case BETTER -> row.addClassName("better");
            case NEITHER -> {}
        }
        return row;
    }
}
