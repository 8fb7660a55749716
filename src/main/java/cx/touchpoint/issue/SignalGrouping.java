package cx.touchpoint.issue;

/**
 * How signals find their issue. Since one response raises at most one issue per team, a response-born
 * issue is its team's issue for the account ({@link #PER_TEAM}); issues raised before that change keep
 * the old key, one per cue and touch point ({@link #PER_SIGNAL}), as do complaints.
 */
enum SignalGrouping {
    PER_SIGNAL,
    PER_TEAM
}
