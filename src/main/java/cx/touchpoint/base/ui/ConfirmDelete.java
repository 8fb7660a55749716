package cx.touchpoint.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The one question before anything is deleted: what goes, what that means, Delete or Cancel. */
public final class ConfirmDelete {

    private ConfirmDelete() {}

    /** Opens the question; {@code delete} runs only when the person confirms. */
    public static ConfirmDialog open(String question, String consequence, Runnable delete) {
        var confirm = new ConfirmDialog(question, consequence, "Delete", e -> delete.run());
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
        return confirm;
    }
}
