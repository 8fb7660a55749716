package cx.touchpoint.issue.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.QueryParameters;
import cx.touchpoint.issue.IssueCard;
import java.util.List;
import java.util.Map;

/** A list of issues as cards read in a table (mine, escalated to me); a row opens the issue on the board. */
class IssueList extends Grid<IssueCard> {

    /** Loads a page of the list: offset, limit. */
    interface Page {
        List<IssueCard> load(int offset, int limit);
    }

    IssueList(String id, Page page, boolean showEscalation) {
        setId(id);
        addColumn(IssueCard::id).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        addColumn(IssueCard::problem).setHeader("Issue").setWidth("18rem").setFlexGrow(3);
        addColumn(IssueCard::accountName).setHeader("Account").setWidth("12rem").setFlexGrow(2);
        addColumn(c -> c.status().label()).setHeader("Status").setAutoWidth(true);
        addComponentColumn(c -> IssueFormats.severityBadge(c.severity()))
                .setHeader("Severity")
                .setAutoWidth(true);
        addColumn(c -> IssueFormats.sla(c.minutesToDue(), c.status())
                        + (showEscalation && c.escalated() && c.status().open()
                                ? " · escalated to " + c.escalatedToName()
                                : ""))
                .setHeader("SLA")
                .setWidth(showEscalation ? "16rem" : "10rem")
                .setFlexGrow(1)
                .setPartNameGenerator(c -> c.overdue() ? "overdue-text" : null);
        addColumn(c -> IssueFormats.time(c.createdAt())).setHeader("Raised").setAutoWidth(true);
        addColumn(IssueCard::teamName).setHeader("Team").setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setItems(query -> page.load(query.getOffset(), query.getLimit()).stream());
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                IssueBoardView.class,
                QueryParameters.simple(
                        Map.of("issue", String.valueOf(e.getItem().id()))))));
        setAllRowsVisible(false);
        setHeight("70vh");
    }
}
