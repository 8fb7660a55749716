package cx.touchpoint.issue;

import cx.touchpoint.issue.routing.Route;

/**
 * What raising an issue needs: where it comes from, the account, the cue and touch point it is about
 * (either may be absent: a complaint names neither), its title, description and severity, where routing
 * sent it, and who raised it by hand (absent when a response, complaint or comment raised it).
 */
record NewIssue(
        IssueSource source,
        long accountId,
        Long cueId,
        Long touchPointId,
        String title,
        String description,
        Severity severity,
        Route route,
        Long raisedBy) {

    /** An issue a signal (response, complaint, comment) raised: nobody raised it by hand. */
    static NewIssue fromSignal(
            IssueSource source,
            long accountId,
            Long cueId,
            Long touchPointId,
            String title,
            String description,
            Severity severity,
            Route route) {
        return new NewIssue(source, accountId, cueId, touchPointId, title, description, severity, route, null);
    }
}
