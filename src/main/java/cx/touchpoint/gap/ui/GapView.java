package cx.touchpoint.gap.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.base.Option;
import cx.touchpoint.base.Term;
import cx.touchpoint.base.ui.AccountFilterBar;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.base.ui.TermHelp;
import cx.touchpoint.gap.CueGaps;
import cx.touchpoint.gap.GapChain;
import cx.touchpoint.gap.GapChoices;
import cx.touchpoint.gap.GapFilter;
import cx.touchpoint.gap.GapService;
import cx.touchpoint.gap.standard.StandardService;
import cx.touchpoint.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The six value gaps: per cue, ranked, per service standard as a chain, and over time; filters in the URL. */
@CssImport("./styles/insight.css")
@Route("gaps")
@PageTitle("Value gaps · Touchpoint")
@Menu(order = 3, title = "Value gaps", icon = "vaadin:chart-grid")
@RolesAllowed({Role.EXECUTIVE_NAME, Role.TEAM_LEAD_NAME, Role.ACCOUNT_EXECUTIVE_NAME})
@CssImport("./styles/gaps.css")
class GapView extends Main implements BeforeEnterObserver {

    private final GapService service;
    private final StandardService standards;
    private final GapChoices choices;
    private final AccountFilterBar accountBar;
    private final ComboBox<Option> touchPoint = new ComboBox<>("Touch point");
    private final Select<Integer> months = new Select<>();
    private final Paragraph scope = new Paragraph();
    private final Div content = new Div();
    private final GapDrillDown drillDown;
    private GapFilter filter = GapFilter.DEFAULT;

    GapView(GapService service, StandardService standards) {
        this.service = service;
        this.standards = standards;
        this.choices = service.choices();
        this.drillDown = new GapDrillDown(service, choices);
        addClassNames("gap-view");
        accountBar = new AccountFilterBar(choices.accounts(), accounts -> apply(filter.withAccounts(accounts)));
        touchPoint.setItems(choices.touchPoints());
        touchPoint.setItemLabelGenerator(Option::name);
        touchPoint.setPlaceholder("All");
        touchPoint.setClearButtonVisible(true);
        touchPoint.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                apply(filter.withTouchPoint(
                        e.getValue() == null ? null : e.getValue().id()));
            }
        });
        months.setLabel("Period");
        months.setItems(GapFilter.MONTH_CHOICES);
        months.setItemLabelGenerator(m -> "Last " + m + " full months");
        months.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                apply(filter.withMonths(e.getValue()));
            }
        });
        var filters = new Div(accountBar, touchPoint, months);
        filters.addClassName("gap-filters");
        scope.addClassName("gap-scope");
        content.addClassName("gap-content");
        add(header(), filters, scope, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = GapUrl.read(event.getLocation().getQueryParameters());
        filter = filter.withAccounts(accountBar.show(filter.accounts()));
        touchPoint.setValue(choices.touchPoints().stream()
                .filter(o -> filter.touchPointId() != null && o.id() == filter.touchPointId())
                .findFirst()
                .orElse(null));
        filter = filter.withTouchPoint(
                touchPoint.getValue() == null ? null : touchPoint.getValue().id());
        months.setValue(filter.months());
        render();
    }

    private Div header() {
        var header = new Div(new H1("The six value gaps"));
        header.addClassName("gap-header");
        if (service.mayEstimate()) {
            header.add(new Button("Estimate what customers expect", VaadinIcon.EDIT.create(), e -> getUI().ifPresent(
                            ui -> ui.navigate(ManagerEstimateView.class))));
        }
        if (standards.mayManageStandards()) {
            header.add(new Button("Service standards", VaadinIcon.COG_O.create(), e -> getUI().ifPresent(
                            ui -> ui.navigate("standards"))));
        }
        return header;
    }

    private void apply(GapFilter changed) {
        filter = changed;
        GapUrl.write(filter);
        render();
    }

    private void render() {
        content.removeAll();
        scope.setText(
                service.scopeLabel(filter) + " · " + service.period(filter).label()
                        + " · negative = worse for the customer. Account filters narrow customer answers (and manager"
                        + " estimates to the chosen account executive); standards, actuals and promises are company-wide.");
        List<CueGaps> all = service.cueGaps(filter);
        List<CueGaps> perCue = all.subList(0, all.size() - 1);
        CueGaps overall = all.get(all.size() - 1);
        List<GapChain> chains = service.gapChains(filter);
        drillDown.show(filter, perCue, chains);
        content.add(GapHeadlines.of(overall, chains));
        content.add(section(
                "Priority",
                "Gap 6 of each cue next to how much the cue moves likelihood to recommend (its key-driver importance,"
                        + " relationship responses of this period), ordered by importance × shortfall: a wide gap on a"
                        + " cue that does not move loyalty is not the top problem."));
        content.add(new PriorityTable(service.priorities(filter)));
        var perCueSection =
                section("Per perception cue", "Expectation vs experience vs manager estimate, and gaps 6 and 1.");
        perCueSection.getComponentAt(0).getElement().appendChild(new TermHelp(Term.PERCEPTION_CUE).getElement());
        content.add(perCueSection);
        if (overall.satisfaction().answers() == 0) {
            content.add(new EmptyState(
                    "No customer answers in this period and filter. Try a longer period or clear filters."));
        } else {
            content.add(new CueGapCharts(perCue, drillDown::open));
        }
        content.add(section(
                "Largest gaps",
                "Satisfaction gap (6) per cue and touch point, the largest shortfall"
                        + " first. Click a row for the answers and comments behind it."));
        content.add(new LargestGapsGrid(service, filter, drillDown::open));
        content.add(section(
                "Gap chain per service standard",
                "Customer expectation → manager understanding →"
                        + " standard → promise → actual → customer perception, in the metric's unit. Actual = mean of the"
                        + " monthly actuals in the period; promise = the one in force at its end."));
        if (chains.isEmpty()) {
            content.add(
                    new EmptyState("No service standards at this touch point yet. Admins and team leads add them under"
                            + " Service standards."));
        } else {
            var cards = new Div();
            cards.addClassName("gap-chain-cards");
            chains.forEach(chain -> cards.add(new GapChainCard(chain, drillDown::open)));
            content.add(cards);
        }
        content.add(section("Trend", "Satisfaction gap (6) per quarter over the last two years."));
        var trend = service.satisfactionTrend(filter);
        content.add(
                trend.isEmpty()
                        ? new EmptyState("No answers in the last two years.")
                        : new SatisfactionTrendChart(trend, service.trendQuarters(), all));
    }

    private static Div section(String title, String explanation) {
        var text = new Paragraph(explanation);
        text.addClassName("gap-section-explanation");
        var section = new Div(new H2(title), text);
        section.addClassName("gap-section");
        return section;
    }
}
