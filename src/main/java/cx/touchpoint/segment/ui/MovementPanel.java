package cx.touchpoint.segment.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.segment.Segment;
import cx.touchpoint.segment.SegmentMovement;
import cx.touchpoint.segment.SegmentMovement.Move;
import cx.touchpoint.segment.SegmentService;
import cx.touchpoint.segment.SurveyWave;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Movement between two relationship waves: a from-segment × to-segment matrix of account counts. */
class MovementPanel extends Div {

    private final SegmentService service;
    private final ComboBox<SurveyWave> from = new ComboBox<>("From wave");
    private final ComboBox<SurveyWave> to = new ComboBox<>("To wave");
    private final Paragraph summary = new Paragraph();
    private final Grid<Segment> matrix = new Grid<>();
    private final Html why = new Html(WhyTheyMoved.markup(List.of()));
    private SegmentMovement movement;
    private AccountFilter filter = AccountFilter.ALL;

    MovementPanel(SegmentService service) {
        this.service = service;
        setId("segment-movement");
        addClassNames("card", "movement-panel");
        add(new H2("Movement between waves"));
        List<SurveyWave> waves = service.waves();
        if (waves.size() < 2) {
            var empty = new EmptyState("Movement needs two relationship survey waves. Once a second wave of the"
                    + " relationship survey has answers, this shows how accounts moved between segments.");
            add(empty);
            return;
        }
        for (var box : List.of(from, to)) {
            box.setItems(waves);
            box.setItemLabelGenerator(SurveyWave::label);
            box.setAllowCustomValue(false);
            box.setWidth("22em");
        }
        from.setValue(waves.get(waves.size() - 2));
        to.setValue(waves.get(waves.size() - 1));
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        var pickers = new HorizontalLayout(from, to);
        summary.addClassName("movement-summary");
        matrix.setId("movement-matrix");
        matrix.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        matrix.setAllRowsVisible(true);
        matrix.addColumn(s -> s.label()).setHeader("From \\ To").setFrozen(true).setAutoWidth(true);
        for (Segment toSegment : Segment.values()) {
            matrix.addColumn(s -> count(s, toSegment))
                    .setHeader(toSegment.label())
                    .setTextAlign(ColumnTextAlign.END)
                    .setPartNameGenerator(s -> s == toSegment ? "stayed" : cellPart(s, toSegment));
        }
        matrix.addColumn(s -> Formats.count(Arrays.stream(Segment.values())
                        .mapToLong(t -> movement.count(s, t))
                        .sum()))
                .setHeader("Total")
                .setTextAlign(ColumnTextAlign.END);
        why.setId("why-they-moved");
        add(pickers, summary, matrix, why);
    }

    void show(AccountFilter filter) {
        this.filter = filter;
        if (from.getValue() != null) {
            refresh();
        }
    }

    SegmentMovement movement() {
        return movement;
    }

    private void refresh() {
        if (from.getValue() == null || to.getValue() == null) {
            summary.setText("Choose two waves.");
            return;
        }
        if (!from.getValue().quarterStart().isBefore(to.getValue().quarterStart())) {
            summary.setText("Pick a From wave earlier than the To wave.");
            matrix.setVisible(false);
            why.setHtmlContent(WhyTheyMoved.markup(List.of()));
            return;
        }
        matrix.setVisible(true);
        movement = service.movement(from.getValue(), to.getValue(), filter).orElseThrow();
        matrix.setItems(Segment.values());
        summary.setText(describe(movement));
        why.setHtmlContent(WhyTheyMoved.markup(service.whyTheyMoved(from.getValue(), to.getValue(), filter)));
    }

    private String count(Segment fromSegment, Segment toSegment) {
        long n = movement == null ? 0 : movement.count(fromSegment, toSegment);
        return n == 0 ? "·" : Formats.count(n);
    }

    private String cellPart(Segment fromSegment, Segment toSegment) {
        if (movement == null || movement.count(fromSegment, toSegment) == 0) {
            return null;
        }
        return switch (SegmentMovement.direction(fromSegment, toSegment)) {
            case WORSE -> "moved-down";
            case BETTER -> "moved-up";
            case NEITHER -> null;
        };
    }

    static String describe(SegmentMovement movement) {
        if (movement.total() == 0) {
            return "No active accounts match these filters.";
        }
        List<Move> top = movement.moves().stream()
                .filter(m -> m.from() != m.to() && m.from().isScored() && m.to().isScored())
                .sorted(Comparator.comparingLong(Move::accounts).reversed())
                .limit(3)
                .toList();
        String moves = top.isEmpty()
                ? "No scored account changed segment."
                : top.stream()
                        .map(m -> Formats.count(m.accounts()) + (m.accounts() == 1 ? " account" : " accounts")
                                + " moved " + m.from().label() + " → " + m.to().label())
                        .collect(Collectors.joining("; ", "", "."));
        return Formats.count(movement.moved()) + " of " + Formats.count(movement.total())
                + " accounts changed segment from " + movement.from().label() + " to "
                + movement.to().label() + ". "
                + moves;
    }
}
