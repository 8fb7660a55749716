package cx.touchpoint.review.ui;

import static cx.touchpoint.base.ui.StaticMarkup.element;
import static cx.touchpoint.base.ui.StaticMarkup.link;
import static cx.touchpoint.base.ui.StaticMarkup.text;

import com.vaadin.flow.component.html.Div;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.base.ui.StaticMarkup;
import cx.touchpoint.segment.Segment;
import cx.touchpoint.segment.SegmentMovement;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The largest moves between segments since the previous wave, the worrying ones marked. Read-only,
 * so one HTML fragment ({@link StaticMarkup}) rather than a component per line and number.
 */
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
        String summary = element(
                "p",
                "review-movement-summary",
                text(Formats.count(m.moved()) + " of " + Formats.count(m.total()) + " accounts changed segment from "
                        + m.from().label() + " to " + m.to().label() + "."));
        String moves = m.moves().stream()
                .filter(move -> move.from() != move.to() && move.from() != Segment.UNSCORED)
                .sorted(Comparator.comparingLong(SegmentMovement.Move::accounts).reversed())
                .limit(MOVES_SHOWN)
                .map(MovementPanel::row)
                .collect(Collectors.joining());
        add(StaticMarkup.of(
                "review-moves",
                summary + moves + link("segments", "", "Segments, scatter and the full movement matrix →")));
    }

    private static String row(SegmentMovement.Move move) {
        String direction =
                switch (move.direction()) {
                    case WORSE -> " worse";
                    case BETTER -> " better";
                    case NEITHER -> "";
                };
        return element(
                "div",
                "review-move" + direction,
                element("span", "review-move-count", text(Formats.count(move.accounts())))
                        + text(" moved " + move.from().label() + " → "
                                + move.to().label()));
    }
}
