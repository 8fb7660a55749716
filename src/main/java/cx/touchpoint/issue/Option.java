package cx.touchpoint.issue;

/** Something to pick in a form: a team, a person, an account, a cue, a touch point. */
public record Option(long id, String name) {}
