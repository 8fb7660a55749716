package cx.touchpoint.issue;

import cx.touchpoint.survey.ResponseRecorded;
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
public class IntakeService {

    private final IssueIntake intake;
    private final CustomerVerification verification;
    private final SignalQueries signals;

    IntakeService(IssueIntake intake, CustomerVerification verification, SignalQueries signals) {
        this.intake = intake;
        this.verification = verification;
        this.signals = signals;
    }

    /**
     * Verifies or reopens resolved issues on the answered cues, then raises routed issues for low
     * scores, detractors and complaint words (or attaches the response to the open issue).
     */
    @EventListener
    public void onResponseRecorded(ResponseRecorded event) {
        var response = signals.response(event.responseId())
                .orElseThrow(() -> new IllegalArgumentException("No survey response #" + event.responseId()));
        verification.check(response);
        intake.fromResponse(response);
    }

    /**
     * Called in the transaction that stored a complaint: raises a routed issue (high severity when
     * the text has a complaint keyword) or attaches the complaint to the account's open one. Returns
     * the issue's id.
     */
    public long onComplaintReceived(long complaintId) {
        return intake.fromComplaint(signals.complaint(complaintId)
                .orElseThrow(() -> new IllegalArgumentException("No complaint #" + complaintId)));
    }
}
