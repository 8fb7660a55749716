package cx.touchpoint.issue;

/** What is routed: a signal's text, cue, touch point, the account's vertical market and severity. */
public record RoutingSample(String text, Long cueId, Long touchPointId, Long verticalMarketId, Severity severity) {}
