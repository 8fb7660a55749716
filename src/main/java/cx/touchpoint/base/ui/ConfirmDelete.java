package cx.touchpoint.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The one question before anything is deleted, revoked or wiped: what goes, what that means, the action
 * or Cancel. Enter does not confirm by accident: Cancel is the dialog's safe way out (Escape too).
 */
public final class ConfirmDelete {

    private ConfirmDelete() {}

    /** Opens the question with a "Delete" button; {@code delete} runs only when the person confirms. */
    public static ConfirmDialog open(String question, String consequence, Runnable delete) {
        return open(question, consequence, "Delete", delete);
    }

    /**
     * Opens the question with the button {@code actionLabel} (e.g. "Revoke", "Remove all"); {@code action}
     * runs only when the person confirms.
     */
    public static ConfirmDialog open(String question, String consequence, String actionLabel, Runnable action) {
        var confirm = new ConfirmDialog(question, consequence, actionLabel, e -> action.run());
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
        return confirm;
    }
}
