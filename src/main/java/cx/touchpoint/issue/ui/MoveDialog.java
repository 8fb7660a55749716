package cx.touchpoint.issue.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import cx.touchpoint.issue.IssueCard;
import cx.touchpoint.issue.IssueChangeService;
import cx.touchpoint.issue.IssueStatus;
import java.util.List;

/**
 * Confirms a status change before it happens, from a drag, the keyboard (M on a focused card) or the
 * detail panel; resolving asks what was done for the customer.
 */
class MoveDialog extends Dialog {

    /** Carries out the confirmed move: the target and, for a resolution, its note. */
    interface Move {
        void to(IssueStatus target, String resolutionNote);
    }

    final Select<IssueStatus> target = new Select<>();
    final TextArea note = new TextArea("Resolution note");
    final Button confirm = new Button("Move");

    MoveDialog(IssueCard card, IssueStatus preselected, Move move) {
        setHeaderTitle("Move #" + card.id() + " · " + card.accountName());
        List<IssueStatus> targets = card.status().nextStatuses().stream().toList();
        target.setId("move-target");
        target.setLabel("Move to");
        target.setItems(targets);
        target.setItemLabelGenerator(IssueStatus::label);
        target.setValue(preselected != null && targets.contains(preselected) ? preselected : targets.get(0));
        note.setId("move-note");
        note.setMaxLength(IssueChangeService.RESOLUTION_NOTE_MAX);
        note.setWidthFull();
        note.setHelperText("What was done for the customer: their next survey will show whether it worked.");
        note.setRequiredIndicatorVisible(true);
        note.setVisible(target.getValue() == IssueStatus.RESOLVED);
        target.addValueChangeListener(e -> note.setVisible(e.getValue() == IssueStatus.RESOLVED));
        var now = new Paragraph("Now " + card.status().label().toLowerCase() + ": " + card.problem());
        add(now, target, note);
        setWidth("min(560px, 96vw)");

        confirm.setId("move-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (target.getValue() == IssueStatus.RESOLVED && note.getValue().isBlank()) {
                note.setInvalid(true);
                note.setErrorMessage("Say what was done for the customer");
                note.focus();
                return;
            }
            move.to(target.getValue(), note.getValue());
            close();
        });
        confirm.addClickShortcut(Key.ENTER).listenOn(target);
        var cancel = new Button("Cancel", e -> close());
        cancel.setId("move-cancel");
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                (note.isVisible() ? note : target).focus();
            }
        });
    }
}
