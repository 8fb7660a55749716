package cx.touchpoint.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.base.Option;
import cx.touchpoint.base.ui.FieldErrors;
import cx.touchpoint.security.UserAdministration;
import cx.touchpoint.security.UserRow;

/** Moves an account executive's whole book of accounts to another account executive. */
class BookDialog extends Dialog {

    final ComboBox<Option> to = new ComboBox<>("Move to");
    final Button move = new Button("Move accounts");

    BookDialog(UserAdministration service, UserRow from, Runnable onMoved) {
        setHeaderTitle("Reassign the book of " + from.fullName());
        var errors = new FieldErrors().field("to", to);
        to.setId("book-to");
        to.setItems(service.accountExecutives().stream()
                .filter(option -> option.id() != from.id())
                .toList());
        to.setItemLabelGenerator(Option::name);
        to.setWidthFull();
        move.setId("move-book");
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.addClickListener(e -> {
            if (to.getValue() == null) {
                errors.show(InvalidInput.of("to", "Choose who takes over the accounts."));
                return;
            }
            try {
                int moved = service.reassignBook(from.id(), to.getValue().id());
                close();
                onMoved.run();
                Notification.show(moved + " accounts moved to " + to.getValue().name() + ".");
            } catch (InvalidInput rejected) {
                errors.show(rejected);
            }
        });
        add(
                new Paragraph(from.fullName() + " owns " + from.accounts() + " accounts. All of them move; their"
                        + " responses, issues and history stay with the accounts."),
                to,
                errors.formError());
        getFooter().add(new Button("Cancel", e -> close()), move);
    }
}
