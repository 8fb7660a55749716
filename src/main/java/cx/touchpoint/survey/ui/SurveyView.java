package cx.touchpoint.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.base.ui.UrlState;
import cx.touchpoint.base.ui.ViewAccess;
import cx.touchpoint.security.Role;
import cx.touchpoint.survey.Readiness;
import cx.touchpoint.survey.ReadinessFocus;
import cx.touchpoint.survey.ReadinessSort;
import cx.touchpoint.survey.SurveyService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;

/**
 * The account executive's survey readiness: every account of their book with the contacts eligible
 * under the contact policy (and when the others become eligible), the account cap, open issues, the
 * last relationship survey and its score, and the survey being prepared. Route: surveys.
 */
@Route("surveys")
@PageTitle("Surveys · Touchpoint")
@Menu(order = 5, title = "Surveys", icon = "vaadin:clipboard-text")
@RolesAllowed({Role.ACCOUNT_EXECUTIVE_NAME, Role.ADMIN_NAME})
@CssImport("./styles/surveys.css")
class SurveyView extends Main implements BeforeEnterObserver {

    private final SurveyService service;
    private final Clock clock;
    private final TextField search = new TextField("Account name");
    /** Which accounts: all, or those behind one of Home's tasks ({@code surveys?focus=AWAITING_CUSTOMER}). */
    final Select<ReadinessFocus> focus = new Select<>();

    final Grid<Readiness> grid = new Grid<>();

    SurveyView(SurveyService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        addClassName("surveys-view");
        var outbox = new Anchor("surveys/outbox", "Outbox");
        outbox.setId("open-outbox");
        var waves = new Anchor("surveys/waves", "Waves");
        waves.setId("open-waves");
        var links = new Div(waves, outbox);
        links.addClassName("survey-links");
        var intro = new Paragraph(
                "Prepare a survey with the customer: choose who answers, share the draft with your"
                        + " contact so they can remove questions that do not apply and choose the tone, then send it."
                        + " Contacts surveyed recently, opted-out contacts and accounts at their invitation cap are not eligible.");
        intro.addClassName("survey-intro");
        search.setPlaceholder("Search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        focus.setLabel("Show");
        focus.setId("readiness-focus");
        focus.setItems(ReadinessFocus.values());
        focus.setItemLabelGenerator(ReadinessFocus::label);
        focus.setValue(ReadinessFocus.ALL);
        focus.addValueChangeListener(e -> {
            grid.getDataProvider().refreshAll();
            if (e.isFromClient()) {
                UrlState.replace(
                        this,
                        e.getValue() == null || e.getValue() == ReadinessFocus.ALL
                                ? "surveys"
                                : "surveys?focus=" + e.getValue().name());
            }
        });
        var filters = new Div(search, focus);
        filters.addClassName("survey-filters");
        add(new H1("Surveys"), intro, links, filters, grid());
    }

    private Grid<Readiness> grid() {
        grid.setId("readiness-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setMultiSort(false);
        grid.setHeight("calc(100vh - 320px)");
        grid.setMinHeight("420px");
        grid.setEmptyStateText("No accounts match. Clear the search, or ask an admin to assign accounts to you.");
        // admins prepare surveys but do not open accounts: for them the name is text, not a dead link
        grid.addColumn((ViewAccess.mayOpen("accounts")
                                ? LitRenderer.<Readiness>of("<a href=\"accounts/${item.id}\">${item.name}</a>")
                                : LitRenderer.<Readiness>of("${item.name}"))
                        .withProperty("id", Readiness::accountId)
                        .withProperty("name", Readiness::account))
                .setHeader("Account")
                .setKey(ReadinessSort.ACCOUNT.name())
                .setSortable(true)
                .setFlexGrow(2)
                .setAutoWidth(true);
        grid.addColumn(r -> r.eligibleContacts() + " of " + r.contacts()
                        + (r.nextEligibleAt() == null ? "" : " · next " + SurveyFormats.date(r.nextEligibleAt())))
                .setHeader("Eligible contacts")
                .setKey(ReadinessSort.ELIGIBLE.name())
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.count(r.invitationsLeft()))
                .setHeader("Invitations left (30 days)")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.count(r.openIssues()))
                .setHeader("Open issues")
                .setKey(ReadinessSort.OPEN_ISSUES.name())
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(SurveyView::missed)
                .setHeader("Missed (" + Readiness.RECENT_DAYS + " days)")
                .setKey(ReadinessSort.MISSED.name())
                .setSortable(true)
                .setAutoWidth(true)
                .setTooltipGenerator(r -> "Service standards and promises this customer's contacts reported as missed"
                        + " in their answers of the last " + Readiness.RECENT_DAYS + " days");
        grid.addColumn(r -> SurveyFormats.date(r.lastSurveyAt()))
                .setHeader("Last relationship survey")
                .setKey(ReadinessSort.LAST_SURVEY.name())
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.score(r.lastScore()))
                .setHeader("Score")
                .setKey(ReadinessSort.LAST_SCORE.name())
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::action))
                .setHeader("Survey")
                .setAutoWidth(true)
                // the action stays in view when the readiness columns are wider than the screen
                .setFrozenToEnd(true);
        grid.setItems(
                q -> {
                    var order = q.getSortOrders().stream().findFirst();
                    ReadinessSort sort =
                            order.map(o -> ReadinessSort.valueOf(o.getSorted())).orElse(ReadinessSort.ACCOUNT);
                    boolean ascending = order.map(o -> o.getDirection() == SortDirection.ASCENDING)
                            .orElse(true);
                    return service
                            .readiness(search.getValue(), focus(), sort, ascending, q.getOffset(), q.getLimit())
                            .stream();
                },
                q -> service.readinessCount(search.getValue(), focus()));
        grid.sort(List.of(
                new GridSortOrder<>(grid.getColumnByKey(ReadinessSort.ACCOUNT.name()), SortDirection.ASCENDING)));
        return grid;
    }

    private ReadinessFocus focus() {
        return focus.getValue() == null ? ReadinessFocus.ALL : focus.getValue();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        focus.setValue(event.getLocation()
                .getQueryParameters()
                .getSingleParameter("focus")
                .flatMap(v -> java.util.Arrays.stream(ReadinessFocus.values())
                        .filter(f -> f.name().equals(v))
                        .findFirst())
                .orElse(ReadinessFocus.ALL));
    }

    private com.vaadin.flow.component.Component action(Readiness r) {
        if (r.preparationId() != null && !"SENT".equals(r.preparation())) {
            var open = new Anchor("surveys/prepared/" + r.preparationId(), SurveyFormats.status(r.preparation()));
            open.addClassName("survey-status-link");
            return open;
        }
        var prepare = new Button("Prepare", e -> new PrepareDialog(service, r.accountId()).open());
        prepare.addThemeVariants(ButtonVariant.LUMO_SMALL);
        prepare.setId("prepare-" + r.accountId());
        prepare.getElement().setAttribute("aria-label", "Prepare a survey for " + r.account());
        if (r.eligibleContacts() == 0) {
            prepare.setEnabled(false);
            prepare.setTooltipText("No contact is eligible now");
        }
        return prepare;
    }

    /** "2 standards · 1 promise", or "none". */
    static String missed(Readiness r) {
        if (r.standardsMissed() == 0 && r.promisesMissed() == 0) {
            return "none";
        }
        return r.standardsMissed() + (r.standardsMissed() == 1 ? " standard" : " standards") + " · "
                + r.promisesMissed() + (r.promisesMissed() == 1 ? " promise" : " promises");
    }
}
