package cx.touchpoint.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import cx.touchpoint.admin.ReferenceAdministration;
import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.base.ui.FieldErrors;
import cx.touchpoint.base.ui.Notifications;
import cx.touchpoint.issue.SlaRow;

/** The hours an issue has per severity before it is overdue and escalated; one field and button per severity. */
class SlaPanel extends Div {

    SlaPanel(ReferenceAdministration service) {
        add(new Paragraph("Issues raised from now on get the new hours; an open issue keeps its due time until its"
                + " SLA restarts (it is reopened)."));
        for (SlaRow row : service.sla()) {
            add(line(service, row));
        }
    }

    private HorizontalLayout line(ReferenceAdministration service, SlaRow row) {
        var hours = new IntegerField(row.severity().label() + " (hours)");
        String id = "sla-" + row.severity().name().toLowerCase();
        hours.setId(id);
        hours.setMin(SlaRow.HOURS_MIN);
        hours.setMax(SlaRow.HOURS_MAX);
        hours.setValue(row.dueHours());
        var errors = new FieldErrors().field("dueHours", hours);
        var save = new Button("Save");
        save.setId(id + "-save");
        save.setAriaLabel("Save the " + row.severity().label() + " SLA");
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        int[] version = {row.version()};
        save.addClickListener(e -> {
            try {
                service.changeSla(row.severity(), version[0], hours.getValue() == null ? 0 : hours.getValue());
                version[0]++;
                errors.clear();
                Notifications.success(row.severity().label() + ": " + hours.getValue() + " hours.");
            } catch (InvalidInput refused) {
                errors.show(refused);
            }
        });
        var line = new HorizontalLayout(hours, save, errors.formError());
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        return line;
    }
}
