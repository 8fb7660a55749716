package cx.touchpoint.theme.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.base.ui.Notifications;
import cx.touchpoint.security.Role;
import cx.touchpoint.theme.AnalysisProgress;
import cx.touchpoint.theme.ThemeRuleException;
import cx.touchpoint.theme.ThemeService;
import cx.touchpoint.theme.ThemeSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The themes of customers' comments: how far the analysis is, proposed themes to accept or dismiss, the active
 * themes with volume, trend, share of negative comments, impact on the likelihood to recommend and their words.
 */
@Route("themes")
@PageTitle("Themes · Touchpoint")
@Menu(order = 1.5, title = "Themes", icon = "vaadin:comments-o")
@RolesAllowed({Role.EXECUTIVE_NAME, Role.TEAM_LEAD_NAME, Role.ADMIN_NAME})
@CssImport("./styles/themes.css")
class ThemesView extends Main {

    private final ThemeService themes;
    final Paragraph progress = new Paragraph();
    final Div run = new Div();
    final ProgressBar runBar = new ProgressBar(0, 100);
    final Grid<ThemeSummary> active = new Grid<>();
    final Grid<ThemeSummary> candidates = new Grid<>();
    final Div candidateSection = new Div();
    final EmptyState none = new EmptyState("No themes yet: they are found once enough comments are analysed.");
    Button find;
    private com.vaadin.flow.shared.Registration polling;

    ThemesView(ThemeService themes) {
        this.themes = themes;
        addClassName("themes-view");
        add(new H1("Themes: what customers write about"));
        progress.setId("analysis-progress");
        add(progress);
        if (themes.canManage()) {
            find = new Button("Find new themes", e -> findNewThemes());
            find.setId("find-themes");
            find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            run.setId("theme-run");
            runBar.setId("theme-run-bar");
            runBar.setVisible(false);
            add(new HorizontalLayout(find), run, runBar);
        }
        candidateSection.setId("theme-candidates");
        candidateSection.add(new H2("Proposed themes"));
        candidateSection.add(new Paragraph("Found by the last \"Find new themes\" among comments no theme holds."
                + " Accept one to assign comments to it, or dismiss it."));
        candidates.setId("candidates-grid");
        candidates.addColumn(ThemeSummary::name).setHeader("Proposed theme").setFlexGrow(2);
        candidates.addColumn(ThemeFormats::words).setHeader("Distinctive words").setFlexGrow(3);
        if (themes.canManage()) {
            candidates.addComponentColumn(this::decide).setHeader("Decide").setAutoWidth(true);
        }
        candidates.setAllRowsVisible(true);
        candidates.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        candidateSection.add(candidates);
        add(candidateSection);

        add(new H2("Active themes"));
        active.setId("themes-grid");
        active.addComponentColumn(t -> {
                    var link = new Anchor("theme/" + t.id(), t.name() + (t.pinned() ? " (pinned)" : ""));
                    link.addClassName("theme-link");
                    return link;
                })
                .setHeader("Theme")
                .setFlexGrow(2);
        active.addColumn(t -> Formats.count(t.comments())).setHeader("Comments").setAutoWidth(true);
        active.addColumn(ThemeFormats::trend).setHeader("Last 90 days").setAutoWidth(true);
        active.addColumn(ThemeFormats::negativeShare).setHeader("Sentiment").setAutoWidth(true);
        active.addColumn(t -> ThemeFormats.impact(t.impact()))
                .setHeader("Impact on likelihood to recommend")
                .setFlexGrow(2);
        active.addColumn(ThemeFormats::words).setHeader("Distinctive words").setFlexGrow(3);
        active.setAllRowsVisible(true);
        active.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(active, none);
        add(new Paragraph("Impact: the mean likelihood to recommend (0-10) of comments with the theme minus that of"
                + " the other analysed comments, with its 95 % interval; \"too few to tell\" below 10 answers on"
                + " either side. Only English comments are analysed; the analysis runs on this server and no"
                + " comment leaves it."));
        refresh();
    }

    private HorizontalLayout decide(ThemeSummary theme) {
        var accept = new Button("Accept", e -> act(() -> themes.accept(theme.id(), theme.version()), "Accepted"));
        accept.setAriaLabel("Accept " + theme.name());
        accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        var dismiss = new Button("Dismiss", e -> act(() -> themes.dismiss(theme.id(), theme.version()), "Dismissed"));
        dismiss.setAriaLabel("Dismiss " + theme.name());
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(accept, dismiss);
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            Notifications.success(done);
        } catch (ThemeRuleException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }

    private void findNewThemes() {
        if (themes.findNewThemes()) {
            Notifications.success("Finding new themes in the background");
        } else {
            Notifications.error("Themes are being found already; see the progress below the button.");
        }
        refresh();
    }

    void refresh() {
        progress.setText(progressText(themes.analysisProgress()));
        List<ThemeSummary> proposed = themes.candidates();
        candidates.setItems(proposed);
        candidateSection.setVisible(!proposed.isEmpty());
        List<ThemeSummary> list = themes.activeThemes();
        active.setItems(list);
        active.setVisible(!list.isEmpty());
        none.setVisible(list.isEmpty());
        if (find != null) {
            themes.latestRun()
                    .ifPresentOrElse(
                            r -> {
                                run.setText(
                                        r.running()
                                                ? "Finding themes: " + r.step() + " (" + r.percent() + " %)"
                                                : "Last run "
                                                        + ("DONE".equals(r.state())
                                                                ? "found " + r.candidates() + " new themes"
                                                                : "failed")
                                                        + " (" + r.requestedBy() + ", "
                                                        + cx.touchpoint.base.Dates.dayTime(r.startedAt())
                                                        + ").");
                                runBar.setVisible(r.running());
                                runBar.setValue(r.percent());
                                find.setEnabled(!r.running());
                            },
                            () -> run.setText(""));
        }
    }

    static String progressText(AnalysisProgress p) {
        String languages = p.otherLanguages().entrySet().stream()
                .map(e -> Formats.count(e.getValue()) + " "
                        + java.util.Locale.forLanguageTag(e.getKey()).getDisplayLanguage(Locale.ENGLISH))
                .collect(Collectors.joining(", "));
        return Formats.count(p.all()) + " comments: " + Formats.count(p.analysed()) + " analysed ("
                + Formats.count(p.themed()) + " in a theme), " + Formats.count(p.pending()) + " being analysed"
                + (p.retrying() > 0
                        ? " (" + Formats.count(p.retrying()) + " retried after " + Formats.count(p.failedAttempts())
                                + " failed attempts)"
                        : "")
                + (languages.isEmpty() ? "" : "; not analysed: " + languages)
                + (p.noWords() > 0 ? "; " + Formats.count(p.noWords()) + " without words" : "")
                + ". Languages analysed: English.";
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().setPollInterval(2000);
        polling = attach.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }
}
