package cx.touchpoint.api.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import cx.touchpoint.api.ApiToken;
import cx.touchpoint.api.ApiTokenService;
import cx.touchpoint.base.Dates;
import cx.touchpoint.base.InvalidInputException;
import cx.touchpoint.base.ui.EmptyState;

/**
 * The signed-in user's personal API tokens: create one (shown once), see when each was last used,
 * revoke one. A section of the profile page.
 */
public class ApiTokensPanel extends Div {

    private final ApiTokenService service;
    private final TextField name = new TextField("Token name");
    private final Div created = new Div();
    private final Grid<ApiToken> grid = new Grid<>();
    private final EmptyState empty = new EmptyState("No tokens yet. Create one for each system that calls the API.");

    public ApiTokensPanel(ApiTokenService service) {
        this.service = service;
        addClassName("api-tokens");
        setId("api-tokens");
        name.setMaxLength(ApiTokenService.NAME_MAX);
        name.setPlaceholder("e.g. CRM sync");
        name.setHelperText("What will use it, so you know which one to revoke");
        var create = new Button("Create token", e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.setId("create-token");
        grid.addColumn(ApiToken::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(t -> Dates.dayTime(t.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? "never" : Dates.dayTime(t.lastUsedAt()))
                .setHeader("Last used")
                .setAutoWidth(true);
        grid.addColumn(t -> t.active() ? "active" : "revoked " + Dates.dayTime(t.revokedAt()))
                .setHeader("Status")
                .setAutoWidth(true);
        grid.addComponentColumn(t -> {
                    var revoke = new Button("Revoke", e -> confirmRevoke(t));
                    revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                    revoke.setEnabled(t.active());
                    revoke.getElement().setAttribute("aria-label", "Revoke token " + t.name());
                    return revoke;
                })
                .setHeader("Action");
        grid.setAllRowsVisible(true);
        add(
                new H2("API tokens"),
                new Paragraph("The REST API (/api/v1, documented at /api/docs) signs in with HTTP Basic: your"
                        + " username and one of these tokens. A token acts with your role and sees your book only."),
                new Div(name, create),
                created,
                empty,
                grid);
        refresh();
    }

    private void create() {
        try {
            String token = service.create(name.getValue());
            name.clear();
            name.setInvalid(false);
            var shown = new TextField("Your new token: copy it now, it is shown only this once");
            shown.setValue(token);
            shown.setReadOnly(true);
            shown.setWidthFull();
            shown.setId("new-token");
            created.removeAll();
            created.add(shown);
            refresh();
        } catch (InvalidInputException e) {
            name.setErrorMessage(e.fieldProblems().get(0).message());
            name.setInvalid(true);
        }
    }

    private void confirmRevoke(ApiToken token) {
        var dialog = new ConfirmDialog(
                "Revoke \"" + token.name() + "\"?",
                "Requests with this token are refused from now on. This cannot be undone.",
                "Revoke",
                e -> {
                    service.revoke(token.id());
                    refresh();
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void refresh() {
        var tokens = service.mine();
        grid.setItems(tokens);
        grid.setVisible(!tokens.isEmpty());
        empty.setVisible(tokens.isEmpty());
    }
}
