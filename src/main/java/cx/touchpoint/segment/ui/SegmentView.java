package cx.touchpoint.segment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.base.Figures;
import cx.touchpoint.base.Shares;
import cx.touchpoint.base.ui.AccountFilterBar;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.base.ui.Headline;
import cx.touchpoint.base.ui.ViewAccess;
import cx.touchpoint.security.Role;
import cx.touchpoint.segment.Segment;
import cx.touchpoint.segment.SegmentFigures;
import cx.touchpoint.segment.SegmentOverview;
import cx.touchpoint.segment.SegmentService;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

@Route("segments")
@PageTitle("Segments · Touchpoint")
@Menu(order = 2, title = "Segments", icon = "vaadin:grid-big")
@RolesAllowed({Role.EXECUTIVE_NAME, Role.ACCOUNT_EXECUTIVE_NAME})
@CssImport("./styles/insight.css")
@CssImport("./styles/segments.css")
@CssImport(value = "./styles/segments-chart.css", themeFor = "vaadin-chart")
class SegmentView extends Main implements BeforeEnterObserver {

    private static final Map<String, String> URL_NAMES = Map.of(
            "f_vertical", AccountFilterBar.VERTICAL,
            "f_location", AccountFilterBar.LOCATION,
            "f_platform", AccountFilterBar.PLATFORM,
            "f_ae", AccountFilterBar.ACCOUNT_EXECUTIVE);

    private final SegmentService service;
    private final AccountFilterBar filterBar;
    private final Div figures = new Div();
    private final Paragraph scope = new Paragraph();
    private final MovementPanel movement;
    private final Div help = new Div();

    SegmentView(SegmentService service) {
        this.service = service;
        addClassName("segment-view");
        filterBar = new AccountFilterBar(service.filterOptions(), this::show);
        movement = new MovementPanel(service);
        var title = new Div(new H1("Customer segments"));
        title.addClassName("segment-title");
        if (service.canEditThresholds()) {
            var edit = new Button("Thresholds", VaadinIcon.SLIDERS.create(), e -> getUI().ifPresent(
                            ui -> ui.navigate(ThresholdsView.class)));
            edit.setId("edit-thresholds");
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            title.add(edit);
        }
        var details = new Details("How accounts are placed", help);
        details.setId("segment-rule");
        scope.setId("segment-scope");
        scope.addClassName("scope-sentence");
        add(title, details, filterBar, scope, figures, movement);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(filterBar.show(
                service.scope(AccountFilterBar.fromUrl(event.getLocation().getQueryParameters()))));
    }

    private void show(AccountFilter filter) {
        scope.setText(service.scopeSentence(filter));
        SegmentOverview overview = service.overview(filter);
        help.removeAll();
        help.add(SegmentRule.describe(overview.thresholds()));
        figures.removeAll();
        movement.show(filter);
        if (overview.accounts() == 0) {
            figures.add(new EmptyState(
                    filter.isEmpty() || service.scope(AccountFilter.ALL).equals(filter)
                            ? "There are no active accounts yet. Add accounts (or turn on the demo data) to see segments."
                            : "No active accounts match these filters. Clear a filter to see more accounts."));
            return;
        }
        figures.add(headlines(overview), cards(overview.segments(), filter));
        if (overview.scoredAccounts() == 0) {
            figures.add(new EmptyState("None of these accounts has answered a relationship survey yet, so none can be"
                    + " placed. Send the quarterly relationship survey from Surveys; answered accounts appear here."));
        } else {
            LongConsumer openAccount = id -> getUI().ifPresent(ui -> ui.navigate("accounts/" + id));
            figures.add(SegmentScatter.of(
                    service.scatter(filter), overview.thresholds(), openAccount, cell -> new ScatterCellDialog(
                                    service, filter, cell, openAccount)
                            .open()));
        }
    }

    private static Div headlines(SegmentOverview overview) {
        return Headline.row(
                Headline.linked(
                        "headline-revenue-at-risk",
                        "Revenue at risk",
                        Formats.money(overview.revenueAtRisk()),
                        "At-risk and Dangling accounts, of " + Formats.money(overview.totalRevenue()) + " in total",
                        ViewAccess.linkIfAllowed("accounts?segment=" + Segment.AT_RISK.name())),
                Headline.withId(
                        "headline-detractor-revenue",
                        "Detractor revenue",
                        Formats.money(overview.detractorRevenue()),
                        "accounts whose latest relationship survey scored 0-6 on recommending us"),
                Headline.withId(
                        "headline-placed",
                        "Accounts placed",
                        Formats.count(overview.scoredAccounts()),
                        "of " + Formats.count(overview.accounts()) + " active accounts; the rest are unscored"));
    }

    private static Div cards(List<SegmentFigures> segments, AccountFilter filter) {
        var row = new Div();
        row.addClassName("segment-cards");
        // shown side by side, so rounded together: the cards' shares add up to 100 %
        var shares = Shares.rounded(
                segments.stream().map(SegmentFigures::shareOfRevenue).toList(), Figures.PERCENT_DECIMALS);
        for (int i = 0; i < segments.size(); i++) {
            row.add(new SegmentCard(segments.get(i), shares.get(i), accountsLink(segments.get(i), filter)));
        }
        return row;
    }

    /** The accounts grid narrowed to the segment and the same filter. */
    private static String accountsLink(SegmentFigures figures, AccountFilter filter) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("segment", figures.segment().name());
        filter.parameters().forEach((name, value) -> {
            if (value != null) {
                parameters.put(URL_NAMES.get(name), value.toString());
            }
        });
        return "accounts?" + QueryParameters.simple(parameters).getQueryString();
    }
}
