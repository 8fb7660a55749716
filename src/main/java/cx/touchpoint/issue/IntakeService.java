package cx.touchpoint.issue;

import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import cx.touchpoint.survey.ResponseRecorded;
import cx.touchpoint.theme.CommentThemed;
import cx.touchpoint.theme.ThemeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake: survey responses and complaints become routed issues, or evidence on the open issue they
 * belong to; a response on a resolved issue's cue verifies the fix or reopens it. Runs in the
 * transaction that stored the signal, so a failure stores neither.
 */
@Service
@Transactional
@Requires(Permission.UNRESTRICTED)
public class IntakeService {

    private final IssueIntake intake;
    private final CustomerVerification verification;
    private final SignalQueries signals;
    private final ThemedComments themedComments;
    private final ThemeService themes;

    IntakeService(
            IssueIntake intake,
            CustomerVerification verification,
            SignalQueries signals,
            ThemedComments themedComments,
            ThemeService themes) {
        this.intake = intake;
        this.verification = verification;
        this.signals = signals;
        this.themedComments = themedComments;
        this.themes = themes;
    }

    /**
     * Verifies or reopens resolved issues on the answered cues, then raises routed issues for low
     * scores, detractors and complaint words (or attaches the response to the open issue). Everything it
     * needs of the response comes with the event; the issues it touched go back in its follow-up.
     */
    @EventListener
    public void onResponseRecorded(ResponseRecorded event) {
        var response = StoredResponse.of(event, signals.account(event.accountId()));
        event.followUp().issues(verification.check(response));
        event.followUp().issues(intake.fromResponse(response));
    }

    /**
     * Called in the transaction that stored a complaint: raises a routed issue (high severity when
     * the text has a complaint keyword) or attaches the complaint to the account's open one. Returns
     * the issue's id.
     */
    public long onComplaintReceived(long complaintId) {
        var complaint = signals.complaint(complaintId)
                .orElseThrow(() -> new IllegalArgumentException("No complaint #" + complaintId));
        themes.complaintReceived(complaint.id(), complaint.accountId(), complaint.body(), complaint.receivedAt());
        return intake.fromComplaint(complaint);
    }

    /**
     * Called in the analysis job's transaction when a comment got its theme: the issues raised from it carry
     * the theme, a new one is re-routed when a routing rule names the theme, and a negative comment whose theme
     * a rule names raises an issue if its response raised none.
     */
    @EventListener
    public void onCommentThemed(CommentThemed comment) {
        themedComments.themed(comment);
    }
}
