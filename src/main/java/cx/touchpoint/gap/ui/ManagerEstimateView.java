package cx.touchpoint.gap.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import cx.touchpoint.base.Dates;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.base.ui.Notifications;
import cx.touchpoint.gap.ChangeRejected;
import cx.touchpoint.gap.EstimateItem;
import cx.touchpoint.gap.GapService;
import cx.touchpoint.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The manager-estimate survey (gap 1): for each relationship-survey item, what do customers expect
 * (1-7), and for items linked to a service standard the value they expect in its unit. Stored for
 * the signed-in manager and today; saving again today replaces today's estimate.
 */
@Route("gaps/estimate")
@PageTitle("Estimate what customers expect · Touchpoint")
@RolesAllowed({Role.ACCOUNT_EXECUTIVE_NAME, Role.TEAM_LEAD_NAME})
@CssImport("./styles/gaps.css")
class ManagerEstimateView extends Main {

    private final GapService service;
    private final Paragraph error = new Paragraph();
    private List<EstimateRow> rows = List.of();

    ManagerEstimateView(GapService service) {
        this.service = service;
        addClassNames("gap-view", "estimate-view");
        add(new RouterLink("← Value gaps", GapView.class), new H1("What do customers expect?"));
        add(new Paragraph("Answer each item of the relationship survey as you believe customers answer it: what they"
                + " expect, 1 (very little) to 7 (very much). For items linked to a service standard, also the value"
                + " customers expect in the metric's unit. Comparing your answers with the customers' gives the"
                + " knowledge gap (1). Saving again today replaces today's estimate."));
        List<EstimateItem> items = service.estimateItems();
        if (items.isEmpty()) {
            var empty = new EmptyState("There is no active relationship survey yet, so there is nothing to estimate.");
            add(empty);
            return;
        }
        items.stream()
                .map(EstimateItem::lastEstimatedOn)
                .filter(d -> d != null)
                .max(java.util.Comparator.naturalOrder())
                .ifPresent(day -> add(new Paragraph("Your last estimate: " + Dates.day(day)
                        + ". The form shows it; change what you now believe.")));
        rows = items.stream().map(EstimateRow::new).toList();
        var form = new Div();
        form.addClassName("estimate-form");
        rows.forEach(form::add);
        error.addClassName("form-error");
        error.setVisible(false);
        var save = new Button("Save my estimate for today", e -> save());
        save.setId("save-estimate");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, error, save);
    }

    private void save() {
        try {
            var day =
                    service.saveEstimate(rows.stream().map(EstimateRow::answer).toList());
            error.setVisible(false);
            Notifications.success("Saved your estimate of " + Dates.day(day) + ".");
        } catch (ChangeRejected rejected) {
            error.setText(rejected.getMessage());
            error.setVisible(true);
            Notifications.error(rejected.getMessage());
        }
    }
}
