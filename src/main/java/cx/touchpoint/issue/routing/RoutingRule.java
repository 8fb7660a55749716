package cx.touchpoint.issue.routing;

import cx.touchpoint.base.LifeCycleStage;
import cx.touchpoint.issue.Severity;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One routing rule as the admin edits it: conditions (null = any) and the action. {@code id} null =
 * a new rule; {@code version} guards against two admins editing at once.
 */
public record RoutingRule(
        Long id,
        @Min(1) int position,
        @NotNull @Size(min = NAME_MIN, max = NAME_MAX) String name,
        Long cueId,
        Long touchPointId,
        LifeCycleStage lifeCycleStage,
        Long verticalMarketId,
        Severity minSeverity,
        List<String> keywords,
        Long ownerTeamId,
        Long specialistId,
        boolean enabled,
        int version) {

    public static final int NAME_MIN = 2;
    public static final int NAME_MAX = 100;
    public static final int KEYWORD_MAX = 60;

    public RoutingRule {
        keywords = keywords == null
                ? List.of()
                : keywords.stream()
                        .map(k -> k.replace("|", " ").trim().toLowerCase())
                        .filter(k -> !k.isEmpty())
                        .distinct()
                        .toList();
    }

    public static RoutingRule blank(int position) {
        return new RoutingRule(null, position, "", null, null, null, null, null, List.of(), null, null, true, 0);
    }
}
