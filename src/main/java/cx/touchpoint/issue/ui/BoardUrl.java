package cx.touchpoint.issue.ui;

import com.vaadin.flow.router.QueryParameters;
import cx.touchpoint.base.Option;
import cx.touchpoint.base.ui.UrlState;
import cx.touchpoint.issue.BoardFilter;
import cx.touchpoint.issue.BoardSort;
import cx.touchpoint.segment.Segment;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The board's filter in its URL: {@code issues?team=3&unassigned=true&due=today&overdue=true&assignee=9
 * &segment=AT_RISK&sort=NEWEST}. Home's cards link to it, and the board writes it back on every change, so
 * Back, a reload and a shared link show the same cards.
 */
final class BoardUrl {

    static final String TEAM = "team";
    static final String ASSIGNEE = "assignee";
    static final String SEGMENT = "segment";
    static final String OVERDUE = "overdue";
    static final String DUE = "due";
    static final String UNASSIGNED = "unassigned";
    static final String SORT = "sort";

    private static final List<String> FILTERS = List.of(TEAM, ASSIGNEE, SEGMENT, OVERDUE, DUE, UNASSIGNED, SORT);

    private BoardUrl() {}

    /** "issues" with the filter's parameters, in a fixed order; the default sort is left out. */
    static String of(BoardFilter filter, BoardSort sort) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (filter.teamId() != null) {
            parameters.put(TEAM, filter.teamId().toString());
        }
        if (filter.assigneeId() != null) {
            parameters.put(ASSIGNEE, filter.assigneeId().toString());
        }
        if (filter.unassignedOnly()) {
            parameters.put(UNASSIGNED, "true");
        }
        if (filter.segment() != null) {
            parameters.put(SEGMENT, filter.segment().name());
        }
        if (filter.dueTodayOnly()) {
            parameters.put(DUE, "today");
        }
        if (filter.overdueOnly()) {
            parameters.put(OVERDUE, "true");
        }
        if (sort != null && sort != BoardSort.URGENCY) {
            parameters.put(SORT, sort.name());
        }
        return QueryParameters.simple(parameters).getQueryString().isEmpty()
                ? "issues"
                : "issues?" + QueryParameters.simple(parameters).getQueryString();
    }

    static boolean hasFilter(QueryParameters parameters) {
        return FILTERS.stream().anyMatch(parameters.getParameters()::containsKey);
    }

    /** Sets the board's fields from the URL; an unknown team, assignee or value is ignored. */
    static void apply(QueryParameters parameters, IssueBoardView board) {
        board.team.setValue(option(board.team.getListDataView().getItems().toList(), parameters, TEAM)
                .orElse(null));
        board.assignee.setValue(
                option(board.assignee.getListDataView().getItems().toList(), parameters, ASSIGNEE)
                        .orElse(null));
        board.segment.setValue(parameters
                .getSingleParameter(SEGMENT)
                .flatMap(v -> Arrays.stream(Segment.values())
                        .filter(s -> s.name().equals(v))
                        .findFirst())
                .orElse(null));
        board.overdueOnly.setValue(UrlState.flag(parameters, OVERDUE, "true"));
        board.dueToday.setValue(UrlState.flag(parameters, DUE, "today"));
        board.unassignedOnly.setValue(UrlState.flag(parameters, UNASSIGNED, "true"));
        board.sort.setValue(parameters
                .getSingleParameter(SORT)
                .flatMap(v -> Arrays.stream(BoardSort.values())
                        .filter(s -> s.name().equals(v))
                        .findFirst())
                .orElse(BoardSort.URGENCY));
    }

    private static Optional<Option> option(List<Option> options, QueryParameters parameters, String name) {
        return parameters
                .getSingleParameter(name)
                .filter(v -> v.matches("\\d{1,18}"))
                .map(Long::parseLong)
                .flatMap(id -> options.stream().filter(o -> o.id() == id).findFirst());
    }
}
