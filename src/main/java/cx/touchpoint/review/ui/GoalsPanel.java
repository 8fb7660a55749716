package cx.touchpoint.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.LitRenderer;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.review.TeamGoal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Each team's goals for the quarter against the actuals, met or missed at a glance. */
class GoalsPanel extends Div {

    private static final Map<String, String> METRICS = new LinkedHashMap<>();

    static {
        METRICS.put("SUMMARY_SCORE", "Experience score");
        METRICS.put("SATISFACTION_GAP", "Satisfaction gap");
        // the relationship NPS is the company's, the same for every team (ReviewQueries#goals says why)
        METRICS.put("NPS", "Company NPS");
        METRICS.put("OVERDUE_ISSUES", "Overdue issues");
    }

    /** One team's goals by metric. */
    private record TeamRow(String team, Map<String, TeamGoal> goals) {}

    GoalsPanel(List<TeamGoal> goals) {
        if (goals.isEmpty()) {
            var empty = new EmptyState("No goals are set for this quarter yet.");
            add(empty);
            return;
        }
        Map<String, Map<String, TeamGoal>> byTeam = new LinkedHashMap<>();
        goals.forEach(goal -> byTeam.computeIfAbsent(goal.team(), team -> new LinkedHashMap<>())
                .put(goal.metric(), goal));
        var grid = new Grid<TeamRow>();
        grid.setId("review-goals-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(TeamRow::team).setHeader("Team").setFlexGrow(2);
        METRICS.forEach((metric, header) -> {
            if (goals.stream().anyMatch(goal -> goal.metric().equals(metric))) {
                grid.addColumn(cell(metric)).setHeader(header).setFlexGrow(1);
            }
        });
        grid.setItems(byTeam.entrySet().stream()
                .map(e -> new TeamRow(e.getKey(), e.getValue()))
                .toList());
        grid.setAllRowsVisible(true);
        var note = new Paragraph("Actual / target. A team's experience score, gap and overdue issues are its own:"
                + " measured at the touch points whose service standards it owns and on the issues routed to it."
                + " NPS comes from the relationship survey, about the whole relationship, so every team's NPS goal"
                + " is measured against the company's NPS.");
        note.addClassName("review-note");
        add(grid, note);
    }

    /**
     * A goal's cell drawn in the browser from three values (a component per cell was a server-side node
     * each, kept for as long as the review is open): met, missed or no data, with the answers behind it.
     */
    private static LitRenderer<TeamRow> cell(String metric) {
        return LitRenderer.<TeamRow>of("<span class=\"${item.style}\" title=\"${item.behind}\">${item.text}</span>")
                .withProperty("style", row -> style(row.goals().get(metric)))
                .withProperty("behind", row -> behind(row.goals().get(metric)))
                .withProperty("text", row -> text(row.goals().get(metric)));
    }

    private static String style(TeamGoal goal) {
        if (goal == null) {
            return "";
        }
        return goal.actual() == null ? "goal-no-data" : goal.met() ? "goal-met" : "goal-missed";
    }

    private static String behind(TeamGoal goal) {
        return goal == null || goal.actual() == null
                ? ""
                : Formats.count(goal.answers()) + " answers or issues behind it";
    }

    private static String text(TeamGoal goal) {
        if (goal == null) {
            return "–";
        }
        String actual = goal.actual() == null
                ? Formats.NO_DATA
                : (goal.met() ? "✓ " : "✗ ") + number(goal.metric(), goal.actual());
        return actual + " / " + number(goal.metric(), goal.target());
    }

    private static String number(String metric, double value) {
        return switch (metric) {
            case "OVERDUE_ISSUES" -> Formats.decimal(value, 0);
            case "NPS" -> Formats.nps(value);
            default -> Formats.score(value);
        };
    }
}
