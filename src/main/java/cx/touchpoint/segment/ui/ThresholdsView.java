package cx.touchpoint.segment.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.base.Term;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.base.ui.Notifications;
import cx.touchpoint.base.ui.TermHelp;
import cx.touchpoint.security.Role;
import cx.touchpoint.segment.SegmentService;
import cx.touchpoint.segment.SegmentThresholds;
import cx.touchpoint.segment.ThresholdChangeRejected;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The segment thresholds editor, for executives and admins. */
@Route("segments/thresholds")
@PageTitle("Segment thresholds · Touchpoint")
@RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
@CssImport("./styles/segments.css")
class ThresholdsView extends Main {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final SegmentService service;
    private final BigDecimalField score = new BigDecimalField("Score threshold (1-7)");
    private final BigDecimalField revenue = new BigDecimalField("Revenue threshold ($ annual revenue)");
    private final BigDecimalField headroom = new BigDecimalField("Growth headroom (% of current revenue)");
    private final Paragraph error = new Paragraph();
    private final Button reload = new Button("Reload", e -> load());
    private int version;

    ThresholdsView(SegmentService service) {
        this.service = service;
        addClassName("thresholds-view");
        score.setId("threshold-score");
        score.setHelperText("Accounts scoring at least this are happy; from " + SegmentThresholds.MIN_SCORE + " to "
                + SegmentThresholds.MAX_SCORE + ".");
        revenue.setId("threshold-revenue");
        revenue.setClearButtonVisible(true);
        revenue.setPlaceholder("median");
        revenue.setHelperText("Leave empty to use the median annual revenue of active accounts (now "
                + Formats.money(service.effectiveThresholds().revenue()) + ").");
        headroom.setId("threshold-headroom");
        headroom.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        headroom.setHelperComponent(TermHelp.beside(
                "A happy account whose potential exceeds its revenue by at least this much is Growth.",
                Term.GROWTH_HEADROOM));
        error.setId("threshold-error");
        error.addClassName("form-error");
        error.setVisible(false);
        reload.setVisible(false);
        var form = new FormLayout(score, revenue, headroom);
        form.setMaxWidth("640px");
        var save = new Button("Save thresholds", e -> save());
        save.setId("save-thresholds");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        var cancel = new Button("Back", e -> leave());
        add(
                new H1("Segment thresholds"),
                new Paragraph("These thresholds place every account in Model, Growth, At-risk or Dangling. A change"
                        + " applies at once to every figure, for everyone."),
                form,
                error,
                new HorizontalLayout(save, cancel, reload));
        load();
    }

    private void load() {
        SegmentThresholds stored = service.thresholds();
        version = stored.version();
        score.setValue(stored.score());
        revenue.setValue(stored.revenue());
        headroom.setValue(stored.growthHeadroomRatio().multiply(HUNDRED).setScale(0, RoundingMode.HALF_UP));
        error.setVisible(false);
        reload.setVisible(false);
    }

    private void save() {
        if (score.isInvalid() || revenue.isInvalid() || headroom.isInvalid()) {
            error.setText("Enter plain numbers, e.g. 5.25 for the score, 2500000 for revenue and 50 for the headroom.");
            error.setVisible(true);
            return;
        }
        BigDecimal ratio =
                headroom.getValue() == null ? null : headroom.getValue().divide(HUNDRED);
        try {
            service.saveThresholds(new SegmentThresholds(score.getValue(), revenue.getValue(), ratio, version));
            Notifications.success("Segment thresholds saved.");
            leave();
        } catch (ThresholdChangeRejected e) {
            error.setText(e.getMessage());
            error.setVisible(true);
            reload.setVisible(e.isConflict());
        }
    }

    private void leave() {
        getUI().ifPresent(ui -> ui.navigate(service.canViewSegments() ? "segments" : ""));
    }
}
