package cx.touchpoint.survey.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.base.Term;
import cx.touchpoint.base.ui.TermHelp;
import cx.touchpoint.security.Role;
import cx.touchpoint.survey.SurveyPattern;
import cx.touchpoint.survey.SurveyRuleException;
import cx.touchpoint.survey.SurveyService;
import cx.touchpoint.survey.SurveySettings;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Map;

/** The contact policy an admin sets: quiet periods, account cap, reminder, link validity. Route: admin/survey-policy. */
@Route("admin/survey-policy")
@PageTitle("Survey contact policy · Touchpoint")
@RolesAllowed(Role.ADMIN_NAME)
class SurveyPolicyView extends Main {

    private final SurveyService service;
    private final Map<SurveyPattern, IntegerField> quiet = new EnumMap<>(SurveyPattern.class);
    private final IntegerField cap = field("Invitations per account per 30 days", 1, SurveySettings.ACCOUNT_CAP_MAX);
    private final IntegerField reminder = field("Reminder after (days)", 1, SurveySettings.REMINDER_DAYS_MAX);
    private final IntegerField link = field("Links valid for (days)", 1, SurveySettings.LINK_DAYS_MAX);
    private final Paragraph message = new Paragraph();
    private int version;

    SurveyPolicyView(SurveyService service) {
        this.service = service;
        var form = new FormLayout();
        for (SurveyPattern pattern : SurveyPattern.values()) {
            var f = field(pattern.label() + ": quiet period (days)", 0, SurveySettings.QUIET_DAYS_MAX);
            f.setId("quiet-" + pattern.name().toLowerCase());
            quiet.put(pattern, f);
            form.add(f);
        }
        cap.setId("account-cap");
        form.add(cap, reminder, link);
        message.setId("policy-message");
        var save = new Button("Save", e -> save());
        save.setId("policy-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new com.vaadin.flow.component.html.Anchor("admin", "← Admin"),
                new H1("Survey contact policy"),
                new Paragraph(
                        new Text("A contact is not surveyed again within the quiet period"),
                        new TermHelp(Term.QUIET_PERIOD),
                        new Text(" of the survey type"),
                        new TermHelp(Term.PAST_PRESENT_POTENTIAL),
                        new Text(
                                ", counted across every survey and channel; an account's contacts get at most the"
                                        + " capped number of invitations in 30 days. Enforced whenever an invitation is sent.")),
                form,
                message,
                save);
        load();
    }

    private void load() {
        SurveySettings s = service.settings();
        quiet.forEach((pattern, f) -> f.setValue(s.quietDays().get(pattern)));
        cap.setValue(s.accountCap());
        reminder.setValue(s.reminderAfterDays());
        link.setValue(s.linkValidDays());
        version = s.version();
    }

    private void save() {
        Map<SurveyPattern, Integer> days = new EnumMap<>(SurveyPattern.class);
        quiet.forEach((pattern, f) -> days.put(pattern, f.getValue() == null ? -1 : f.getValue()));
        try {
            service.updateSettings(new SurveySettings(days, value(cap), value(reminder), value(link), version));
            load();
            message.setText("Saved. The policy applies to every invitation from now on.");
        } catch (SurveyRuleException e) {
            message.setText(e.getMessage());
        }
    }

    private static int value(IntegerField f) {
        return f.getValue() == null ? -1 : f.getValue();
    }

    private static IntegerField field(String label, int min, int max) {
        var f = new IntegerField(label);
        f.setMin(min);
        f.setMax(max);
        f.setStepButtonsVisible(true);
        f.setHelperText(min + " to " + max);
        return f;
    }
}
