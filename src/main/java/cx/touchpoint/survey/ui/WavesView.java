package cx.touchpoint.survey.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.base.Figures;
import cx.touchpoint.base.Option;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.base.ui.Headline;
import cx.touchpoint.security.Role;
import cx.touchpoint.survey.SurveyRuleException;
import cx.touchpoint.survey.SurveyService;
import cx.touchpoint.survey.WaveProgress;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * A survey wave: invited, responded and response rate per account executive and account, who has not
 * answered yet, and sending every approved survey of the wave in the background with a progress bar.
 * Route: surveys/waves.
 */
@Route("surveys/waves")
@PageTitle("Survey waves · Touchpoint")
@RolesAllowed({Role.ACCOUNT_EXECUTIVE_NAME, Role.ADMIN_NAME})
@CssImport("./styles/surveys.css")
class WavesView extends Main {

    final Grid<WaveProgress> grid = new Grid<>();
    private final SurveyService service;
    private final ComboBox<Option> wave = new ComboBox<>("Wave");
    private final Headline invited = Headline.withId("wave-invited", "Invited", "", "");
    private final Headline responded = Headline.withId("wave-responded", "Responded", "", "");
    private final Headline rate = Headline.withId("wave-rate", "Response rate", "", "");
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Button sendApproved = new Button("Send every approved survey");

    WavesView(SurveyService service) {
        this.service = service;
        wave.setItems(service.waves());
        wave.setItemLabelGenerator(Option::name);
        wave.setId("wave-select");
        wave.setWidth("22em");
        wave.addValueChangeListener(e -> refresh());
        progress.setVisible(false);
        progress.setId("wave-progress");
        status.setId("wave-status");
        status.getElement().setAttribute("role", "status");
        sendApproved.setId("wave-send-approved");
        sendApproved.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sendApproved.addClickListener(e -> sendInBackground());
        grid.setId("wave-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No account has a survey in this wave yet. Prepare one from the Surveys page.");
        grid.addColumn(WaveProgress::accountExecutive)
                .setHeader("Account executive")
                .setAutoWidth(true);
        grid.addColumn(WaveProgress::account).setHeader("Account").setAutoWidth(true);
        grid.addColumn(p -> SurveyFormats.status(p.preparation()))
                .setHeader("Survey")
                .setAutoWidth(true);
        grid.addColumn(WaveProgress::invited).setHeader("Invited").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(WaveProgress::responded).setHeader("Responded").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(p -> percent(p.responseRate())).setHeader("Rate").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(p -> String.join(", ", p.notAnswered()))
                .setTooltipGenerator(p -> String.join(", ", p.notAnswered()))
                .setHeader("Not answered yet")
                .setFlexGrow(2);
        add(
                new Anchor("surveys", "← Surveys"),
                new H1("Survey waves"),
                wave,
                Headline.row(invited, responded, rate),
                sendApproved,
                progress,
                status,
                grid);
        service.waves().stream().findFirst().ifPresent(wave::setValue);
    }

    private void refresh() {
        if (wave.getValue() == null) {
            grid.setItems(List.of());
            return;
        }
        var rows = service.waveProgress(wave.getValue().id());
        grid.setItems(rows);
        int in = rows.stream().mapToInt(WaveProgress::invited).sum();
        int out = rows.stream().mapToInt(WaveProgress::responded).sum();
        invited.setValue(String.valueOf(in), rows.size() + " accounts");
        responded.setValue(String.valueOf(out), (in - out) + " not answered yet");
        rate.setValue(percent(in == 0 ? null : (double) out / in), "of the invited contacts");
        sendApproved.setEnabled(!service.approvedInWave(wave.getValue().id()).isEmpty());
    }

    /** Each survey is sent in its own transaction, so what was sent stays sent if a later one fails. */
    private void sendInBackground() {
        var ids = service.approvedInWave(wave.getValue().id());
        UI ui = UI.getCurrent();
        var done = new AtomicInteger();
        var sent = new AtomicInteger();
        progress.setVisible(true);
        progress.setValue(0);
        sendApproved.setEnabled(false);
        ui.setPollInterval(500);
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            for (long id : ids) {
                try {
                    sent.addAndGet(service.send(id).sent());
                } catch (SurveyRuleException e) {
                    // changed meanwhile (cancelled, already sent): counted as done, nothing sent
                }
                int d = done.incrementAndGet();
                ui.access(() -> {
                    progress.setValue((double) d / ids.size());
                    status.setText("Sending: " + d + " of " + ids.size() + " surveys, " + sent.get() + " invitations.");
                });
            }
            ui.access(() -> {
                ui.setPollInterval(-1);
                progress.setVisible(false);
                status.setText("Sent " + sent.get() + " invitations for " + ids.size() + " surveys.");
                refresh();
            });
        }));
    }

    /** A response rate (0-1) in percent, rounded once by the one rule ({@link Figures}). */
    static String percent(Double rate) {
        return Formats.percent(rate == null ? null : rate * 100, Figures.PERCENT_DECIMALS);
    }
}
