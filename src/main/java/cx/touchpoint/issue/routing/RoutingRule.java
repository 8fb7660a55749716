package cx.touchpoint.issue.routing;

import cx.touchpoint.base.Aggregate;
import cx.touchpoint.base.KeywordMatcher;
import cx.touchpoint.base.LifeCycleStage;
import cx.touchpoint.issue.Severity;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One routing rule as the admin edits it: conditions (null = any) and the action. The text condition is met
 * when one of the keywords occurs in the text or the comment's theme is {@code themeId} (either, when both
 * are given; any text when neither is). {@code id} null =
 * a new rule; {@code version} guards against two admins editing at once (the aggregate's saves and
 * deletes check it).
 */
@Table("routing_rule")
public record RoutingRule(
        @Id Long id,
        @Min(value = 1, message = "Position: 1 or more (rules are tried from 1 upwards).") int position,
        @NotNull(message = NAME_RULE) @Size(min = NAME_MIN, max = NAME_MAX, message = NAME_RULE) String name,
        Long cueId,
        Long touchPointId,
        LifeCycleStage lifeCycleStage,
        Long verticalMarketId,
        Severity minSeverity,
        @Size(max = KEYWORDS_MAX, message = KEYWORDS_RULE)
                List<@Size(min = 2, max = KEYWORD_MAX, message = KEYWORD_RULE) String> keywords,
        @NotNull(message = "Owner team: choose the team the rule routes to.") Long ownerTeamId,
        Long specialistId,
        boolean enabled,
        @Version int version,
        Long themeId)
        implements Aggregate {

    public static final int NAME_MIN = 2;
    public static final int NAME_MAX = 100;
    public static final int KEYWORD_MAX = KeywordMatcher.MAX_LENGTH;
    /** Keywords per rule: matching cost grows with every keyword (20,000 made matching 300x slower). */
    public static final int KEYWORDS_MAX = 50;
    /** Complaint keywords in all. */
    public static final int COMPLAINT_KEYWORDS_MAX = 200;

    static final String NAME_RULE = "Name: " + NAME_MIN + " to " + NAME_MAX + " characters.";
    static final String KEYWORDS_RULE = "Keywords: at most " + KEYWORDS_MAX + " per rule.";
    static final String KEYWORD_RULE = "Keywords: each 2 to " + KEYWORD_MAX + " characters.";

    /** A rule without a theme condition. */
    public RoutingRule(
            Long id,
            int position,
            String name,
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
        this(
                id,
                position,
                name,
                cueId,
                touchPointId,
                lifeCycleStage,
                verticalMarketId,
                minSeverity,
                keywords,
                ownerTeamId,
                specialistId,
                enabled,
                version,
                null);
    }

    @PersistenceCreator
    public RoutingRule {
        name = name == null ? null : name.trim();
        keywords = keywords == null
                ? List.of()
                : keywords.stream()
                        .map(k -> KeywordMatcher.normalise(k.replace("|", " ")))
                        .filter(k -> !k.isEmpty())
                        .distinct()
                        .toList();
    }

    /** The same rule at another position. */
    RoutingRule withPosition(int newPosition) {
        return new RoutingRule(
                id,
                newPosition,
                name,
                cueId,
                touchPointId,
                lifeCycleStage,
                verticalMarketId,
                minSeverity,
                keywords,
                ownerTeamId,
                specialistId,
                enabled,
                version,
                themeId);
    }

    public static RoutingRule blank(int position) {
        return new RoutingRule(null, position, "", null, null, null, null, null, List.of(), null, null, true, 0);
    }
}
