package cx.touchpoint.issue.routing;

import cx.touchpoint.issue.Severity;

/** What is routed: a signal's text, cue, touch point, the account's vertical market and severity. */
public record RoutingSample(String text, Long cueId, Long touchPointId, Long verticalMarketId, Severity severity) {}
