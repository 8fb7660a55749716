package cx.touchpoint.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.security.Role;
import cx.touchpoint.security.UserAdministration;
import cx.touchpoint.security.UserRow;
import jakarta.annotation.security.RolesAllowed;

/** Admins' list of users: create, edit, disable or enable, reset a password, unlock, move a book of accounts. */
@Route("admin/users")
@PageTitle("Users · Touchpoint")
@RolesAllowed(Role.ADMIN_NAME)
class UsersView extends Main {

    final Grid<UserRow> grid = new Grid<>();
    final TextField search = new TextField();
    private final UserAdministration service;

    UsersView(UserAdministration service) {
        this.service = service;
        addClassName("users-view");
        add(new H1("Users"));
        add(new Paragraph("Everyone who signs in, their role and team. A new user gets a one-time password and"
                + " chooses their own at first sign-in. Every change is in the audit log."));
        search.setPlaceholder("Search by username or name");
        search.setWidth("18em");
        search.setAriaLabel("Search users");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var create = new Button("New user", VaadinIcon.PLUS.create(), e -> new UserDialog(
                        service, null, this::refresh, password -> showPassword("the new user", password))
                .open());
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(search, create, new Anchor("admin/audit", "Audit log")));

        grid.setId("users");
        grid.addColumn(UserRow::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(UserRow::fullName).setHeader("Name").setFlexGrow(1);
        grid.addColumn(row -> row.role().label()).setHeader("Role").setAutoWidth(true);
        grid.addColumn(row -> row.team() == null ? "" : row.team())
                .setHeader("Team")
                .setAutoWidth(true);
        grid.addColumn(row -> row.role() == Role.ACCOUNT_EXECUTIVE ? String.valueOf(row.accounts()) : "")
                .setHeader("Accounts")
                .setAutoWidth(true);
        grid.addColumn(UsersView::status).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true);
        grid.setItems(query -> service.users(search.getValue(), query.getOffset(), query.getLimit()).stream());
        grid.setEmptyStateText("No user matches this search. Clear the search, or create the person with New user.");
        grid.setHeight("560px");
        add(grid);
    }

    static String status(UserRow row) {
        String status = row.enabled() ? "Enabled" : "Disabled";
        if (row.demo()) {
            status += ", demo";
        }
        if (row.lockedUntil() != null) {
            status += ", sign-in locked";
        }
        if (row.mustChangePassword()) {
            status += ", must set password";
        }
        return status;
    }

    private HorizontalLayout actions(UserRow row) {
        var actions = new HorizontalLayout();
        actions.setSpacing(false);
        // a row's actions wrap within the column rather than run past the grid's edge
        actions.setWrap(true);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        actions.add(action("Edit", row, () -> new UserDialog(service, row, this::refresh, p -> {}).open()));
        if (row.enabled()) {
            actions.add(action(
                    "Disable",
                    row,
                    () -> confirm(
                            "Disable " + row.username() + "?",
                            row.fullName() + " can no longer sign in, their open sessions end now and their API"
                                    + " tokens are revoked for good (enabling them again does not bring the tokens"
                                    + " back). Their issues, accounts and history stay.",
                            "Disable",
                            () -> service.setEnabled(row.id(), row.version(), false))));
        } else {
            actions.add(action("Enable", row, () -> run(() -> service.setEnabled(row.id(), row.version(), true))));
        }
        actions.add(action(
                "Reset password",
                row,
                () -> confirm(
                        "Reset the password of " + row.username() + "?",
                        "Their current password stops working, their open sessions end and their API tokens are"
                                + " revoked. You get a one-time password to pass on; they choose their own at next"
                                + " sign-in and make new API tokens on their profile.",
                        "Reset password",
                        () -> showPassword(row.username(), service.resetPassword(row.id())))));
        if (row.lockedUntil() != null) {
            actions.add(action("Unlock", row, () -> run(() -> service.unlock(row.id()))));
        }
        if (row.role() == Role.ACCOUNT_EXECUTIVE && row.accounts() > 0) {
            actions.add(action("Reassign book", row, () -> new BookDialog(service, row, this::refresh).open()));
        }
        return actions;
    }

    private static Button action(String label, UserRow row, Runnable onClick) {
        var button = new Button(label, e -> onClick.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(label + " " + row.username());
        button.getElement().setAttribute("data-user", row.username());
        return button;
    }

    private void confirm(String title, String text, String confirmText, Runnable action) {
        var dialog = new ConfirmDialog(title, text, confirmText, e -> run(action));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (InvalidInput rejected) {
            Notification.show(rejected.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void showPassword(String username, String password) {
        new OneTimePasswordDialog(username, password).open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
