package cx.touchpoint.issue.routing;

import cx.touchpoint.issue.Severity;

/**
 * What is routed: a signal's text, cue, touch point, the account's vertical market, severity, and the theme
 * the analysis gave the comment (null: not known, or none).
 */
public record RoutingSample(
        String text, Long cueId, Long touchPointId, Long verticalMarketId, Severity severity, Long themeId) {

    /** A sample whose theme is not known (yet). */
    public RoutingSample(String text, Long cueId, Long touchPointId, Long verticalMarketId, Severity severity) {
        this(text, cueId, touchPointId, verticalMarketId, severity, null);
    }
}
