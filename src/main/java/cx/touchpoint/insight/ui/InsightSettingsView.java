package cx.touchpoint.insight.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.base.ui.InputProblems;
import cx.touchpoint.insight.InsightSettings;
import cx.touchpoint.insight.InsightSettingsService;
import cx.touchpoint.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** The confidence level, minimum n and minimum responses for key drivers an admin sets. Route: admin/insight. */
@Route("admin/insight")
@PageTitle("Confidence and key drivers · Touchpoint")
@RolesAllowed(Role.ADMIN_NAME)
class InsightSettingsView extends Main {

    private final InsightSettingsService service;
    private final Select<Integer> level = new Select<>();
    private final IntegerField minN =
            field("Minimum n for a figure", InsightSettings.MIN_N_LOW, InsightSettings.MIN_N_HIGH, "insight-min-n");
    private final IntegerField minDrivers = field(
            "Minimum complete responses for key drivers",
            InsightSettings.MIN_DRIVERS_LOW,
            InsightSettings.MIN_DRIVERS_HIGH,
            "insight-min-drivers");
    private final Paragraph message = new Paragraph();
    private final Map<String, HasValidation> fields;
    private int version;

    InsightSettingsView(InsightSettingsService service) {
        this.service = service;
        level.setLabel("Confidence level");
        level.setItems(90, 95, 99);
        level.setItemLabelGenerator(percent -> percent + " %");
        level.setHelperText("Of every interval, and of every test that calls a change significant");
        level.setId("insight-level");
        fields = Map.of("confidencePercent", level, "minN", minN, "minDriverResponses", minDrivers);
        message.setId("insight-message");
        message.getElement().setAttribute("role", "status");
        var save = new Button("Save", e -> save());
        save.setId("insight-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new Anchor("admin", "← Admin"),
                new H1("Confidence and key drivers"),
                new Paragraph("Every figure shows how many answers it rests on and its confidence interval at this"
                        + " level; a change between two periods is called significant only when a test at this"
                        + " level says so, and never when either period has fewer answers than the minimum n"
                        + " (\"too few responses to tell\"). Key drivers need the minimum of complete responses."),
                new FormLayout(level, minN, minDrivers),
                message,
                save);
        load();
    }

    private void load() {
        InsightSettings s = service.settings();
        level.setValue(s.confidencePercent());
        minN.setValue(s.minN());
        minDrivers.setValue(s.minDriverResponses());
        version = s.version();
    }

    private void save() {
        try {
            service.update(new InsightSettings(
                    level.getValue() == null ? 0 : level.getValue(),
                    minN.getValue() == null ? -1 : minN.getValue(),
                    minDrivers.getValue() == null ? -1 : minDrivers.getValue(),
                    version));
            InputProblems.clear(fields, message);
            load();
            message.setText("Saved. Every figure and test uses these settings from now on.");
        } catch (InvalidInput refused) {
            InputProblems.show(refused, fields, message);
        }
    }

    private static IntegerField field(String label, int min, int max, String id) {
        var f = new IntegerField(label);
        f.setMin(min);
        f.setMax(max);
        f.setHelperText(String.format(java.util.Locale.ENGLISH, "%,d to %,d", min, max));
        f.setId(id);
        return f;
    }
}
