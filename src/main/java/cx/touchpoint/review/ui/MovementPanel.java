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
import java.util.List;
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
        List<SegmentMovement.Move> shown = m.moves().stream()
                .filter(move -> move.from() != move.to() && move.from() != Segment.UNSCORED)
                .sorted(Comparator.comparingLong(SegmentMovement.Move::accounts).reversed())
                .limit(MOVES_SHOWN)
                .toList();
        String moves = shown.stream().map(MovementPanel::row).collect(Collectors.joining());
        add(StaticMarkup.of("review-moves", summary + moves + rest(m, shown)));
    }

    /** The list adds up to the summary's count: the accounts of the moves not listed are named as "and N more". */
    private static String rest(SegmentMovement m, List<SegmentMovement.Move> shown) {
        long listed = shown.stream().mapToLong(SegmentMovement.Move::accounts).sum();
        long more = m.moved() - listed;
        String all = "Segments, scatter and the full movement matrix →";
        if (more <= 0) {
            return link("segments", "", all);
        }
        return element(
                        "div",
                        "review-move-more",
                        text("and " + Formats.count(more) + " more " + (more == 1 ? "account" : "accounts")
                                + " in other moves"))
                + link("segments", "", "All " + Formats.count(m.moved()) + " moves: " + all);
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
