package cx.touchpoint.survey.template.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.security.Role;
import cx.touchpoint.survey.SurveyPattern;
import cx.touchpoint.survey.SurveyTriggers;
import cx.touchpoint.survey.template.SurveyTemplates;
import cx.touchpoint.survey.template.TemplateSummary;
import jakarta.annotation.security.RolesAllowed;

/** Survey templates and transaction triggers, for admins. Route: admin/survey-templates. */
@Route("admin/survey-templates")
@PageTitle("Survey templates · Touchpoint")
@RolesAllowed(Role.ADMIN_NAME)
@CssImport("./styles/surveys.css")
class TemplatesView extends Main {

    final Grid<TemplateSummary> grid = new Grid<>();
    final TriggersPanel triggerPanel;
    private final SurveyTemplates templates;

    TemplatesView(SurveyTemplates templates, SurveyTriggers triggers) {
        this.templates = templates;
        var create = new Button("New template", e -> new TemplateEditor(templates, null, this::refresh).open());
        create.setId("new-template");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("templates-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(TemplateSummary::name).setHeader("Template").setFlexGrow(2);
        grid.addColumn(t -> SurveyPattern.valueOf(t.pattern()).label())
                .setHeader("Kind")
                .setAutoWidth(true);
        grid.addColumn(t -> t.touchPoint() == null ? "" : t.touchPoint())
                .setHeader("Touch point")
                .setAutoWidth(true);
        grid.addColumn(t -> t.items() + (t.items() > 12 ? " (long)" : ""))
                .setHeader("Questions")
                .setAutoWidth(true);
        grid.addColumn(TemplateSummary::responses).setHeader("Responses").setAutoWidth(true);
        grid.addColumn(t -> t.retiredAt() == null ? "Active" : "Retired")
                .setHeader("Status")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader("Actions")
                .setKey("actions")
                .setAutoWidth(true);
        refresh();
        triggerPanel = new TriggersPanel(triggers, templates.touchPoints());
        add(
                new Anchor("admin", "← Admin"),
                new H1("Survey templates"),
                new Paragraph("Relationship surveys (present), transaction surveys after a touch point (past) and"
                        + " targeted studies (potential). Each question asks what the customer expected and"
                        + " experienced, 1-7. A template already answered or sent is saved as a new version, so old"
                        + " answers keep their wording."),
                create,
                grid,
                triggerPanel);
    }

    private Div actions(TemplateSummary t) {
        var edit = new Button("Edit", e -> new TemplateEditor(templates, t.id(), this::refresh).open());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.setId("edit-template-" + t.id());
        var retire = new Button("Retire", e -> {
            var confirm = new ConfirmDialog(
                    "Retire " + t.name() + "?",
                    "No new survey will use it and its trigger" + " stops. Its answers stay.",
                    "Retire",
                    ok -> {
                        templates.retire(t.id());
                        refresh();
                    });
            confirm.setCancelable(true);
            confirm.open();
        });
        retire.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        retire.setId("retire-template-" + t.id());
        var actions = t.retiredAt() == null ? new Div(edit, retire) : new Div();
        actions.addClassName("survey-actions");
        return actions;
    }

    private void refresh() {
        grid.setItems(templates.templates());
        grid.setEmptyStateText("No survey templates yet. Create one with New template to prepare surveys.");
        if (triggerPanel != null) {
            triggerPanel.refresh();
        }
    }
}
