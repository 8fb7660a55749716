package cx.touchpoint.gap.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import cx.touchpoint.base.Dates;
import cx.touchpoint.base.ui.CommentText;
import cx.touchpoint.gap.AnswerBehindGap;
import cx.touchpoint.gap.GapFilter;
import cx.touchpoint.gap.GapSelection;
import cx.touchpoint.gap.GapService;
import java.util.Locale;

/** The customer answers and comments behind a gap, the largest shortfall first, loaded a page at a time. */
class AnswersDialog extends Dialog {

    private final Grid<AnswerBehindGap> grid = new Grid<>();

    AnswersDialog(GapService service, GapFilter filter, GapSelection selection, String title) {
        setHeaderTitle(title);
        setWidth("min(1200px, 95vw)");
        setHeight("80vh");
        addClassName("answers-dialog");
        var onlyComments = new Checkbox("Only answers with a comment");
        grid.setId("answers-behind-gap");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.addColumn(a -> Dates.day(a.answeredOn())).setHeader("Answered").setAutoWidth(true);
        grid.addColumn(AnswerBehindGap::accountName).setHeader("Account").setAutoWidth(true);
        grid.addColumn(AnswerBehindGap::touchPointName).setHeader("Touch point").setAutoWidth(true);
        grid.addColumn(AnswerBehindGap::question).setHeader("Item").setFlexGrow(2);
        grid.addColumn(AnswerBehindGap::expected).setHeader("Expected").setAutoWidth(true);
        grid.addColumn(AnswerBehindGap::experienced).setHeader("Experienced").setAutoWidth(true);
        grid.addColumn(a -> String.format(Locale.ENGLISH, "%+d", a.gap()))
                .setHeader("Gap")
                .setAutoWidth(true);
        if (selection.standardId() != null) {
            grid.addColumn(a -> GapFormats.value(a.expectedValue(), ""))
                    .setHeader("Expected value")
                    .setAutoWidth(true);
            grid.addColumn(a -> GapFormats.value(a.perceivedValue(), ""))
                    .setHeader("Perceived value")
                    .setAutoWidth(true);
        }
        grid.addComponentColumn(a -> new CommentText(a.comment(), "answer-comment"))
                .setHeader("Comment")
                .setFlexGrow(3);
        grid.setEmptyStateText("No answers behind this gap in the selected period and filter.");
        load(service, filter, selection, false);
        onlyComments.addValueChangeListener(e -> load(service, filter, selection, e.getValue()));
        var note = new Paragraph("Each row is one customer's answer to one item; gap = experienced − expected.");
        note.addClassName("answers-note");
        add(note, onlyComments, grid);
        getFooter().add(new Button("Close", e -> close()));
    }

    private void load(GapService service, GapFilter filter, GapSelection selection, boolean onlyComments) {
        grid.setItems(query ->
                service.answersBehind(filter, selection, onlyComments, query.getOffset(), query.getLimit()).stream());
    }
}
