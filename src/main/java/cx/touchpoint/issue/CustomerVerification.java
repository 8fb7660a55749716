package cx.touchpoint.issue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Closes the loop: the account's next answer on a resolved issue's cue either verifies the fix (at or
 * above the satisfactory score) or marks it not verified and reopens it.
 */
@Component
class CustomerVerification {

    private final IssueRepository issues;
    private final IssueWorkflow workflow;
    private final SignalQueries signals;
    private final AuditTrail audit;
    private final Clock clock;
    private final int satisfactoryScore;

    CustomerVerification(
            IssueRepository issues,
            IssueWorkflow workflow,
            SignalQueries signals,
            AuditTrail audit,
            Clock clock,
            @Value("${touchpoint.issues.satisfactory-score:5}") int satisfactoryScore) {
        this.issues = issues;
        this.workflow = workflow;
        this.signals = signals;
        this.audit = audit;
        this.clock = clock;
        this.satisfactoryScore = satisfactoryScore;
    }

    /** Verifies or reopens the resolved issues on the answered cues; returns their ids, in answer order. */
    List<Long> check(StoredResponse response) {
        List<Long> checked = new ArrayList<>();
        var awaiting = signals.awaitingVerification(
                response.accountId(),
                response.answers().stream().map(StoredResponse.Answer::cueId).toList(),
                response.respondedAt());
        for (var answer : response.answers()) {
            // a cue answered twice verifies its issues once, by its first answer
            for (long id : awaiting.getOrDefault(answer.cueId(), List.of())) {
                verify(id, response, answer);
                checked.add(id);
            }
            awaiting.remove(answer.cueId());
        }
        return checked;
    }

    private void verify(long id, StoredResponse response, StoredResponse.Answer answer) {
        Issue issue = issues.findById(id).orElseThrow();
        Instant now = clock.instant();
        String score = answer.cueName() + " " + answer.experienced() + "/7 in the survey of response #" + response.id();
        audit.addEvidence(id, AuditTrail.Evidence.ofResponse(response.id(), "Follow-up survey: " + score), now);
        if (answer.experienced() >= satisfactoryScore) {
            issue.verify(Verification.VERIFIED, now);
            issues.save(issue);
            audit.recordBySystem(
                    id,
                    now,
                    AuditLine.set(AuditKind.VERIFICATION, Verification.VERIFIED.name(), "Customer scored " + score));
            return;
        }
        issue.verify(Verification.NOT_VERIFIED, now);
        var otherOpen = issue.source() == IssueSource.MANUAL
                ? java.util.Optional.<Long>empty()
                : issue.signalGrouping() == SignalGrouping.PER_TEAM
                        ? signals.otherOpenTeamIssue(issue.accountId(), issue.ownerTeamId(), id)
                        : signals.openSignalIssue(issue.accountId(), issue.cueId(), issue.touchPointId());
        int saved = issues.save(issue).version();
        audit.recordBySystem(
                id,
                now,
                AuditLine.set(
                        AuditKind.VERIFICATION, Verification.NOT_VERIFIED.name(), "Customer still scored " + score));
        if (otherOpen.isEmpty()) {
            // the same reopen as a person's: a fresh SLA and no stale escalation
            workflow.reopen(id, saved, null, "the customer's next survey is still below " + satisfactoryScore + "/7");
        } else {
            audit.recordBySystem(
                    id,
                    now,
                    AuditLine.note(
                            AuditKind.COMMENT,
                            "Not reopened: issue #" + otherOpen.get() + " already tracks this "
                                    + (issue.signalGrouping() == SignalGrouping.PER_TEAM
                                            ? "team's work for the account."
                                            : "cue and touch point.")));
        }
    }
}
