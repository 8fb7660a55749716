package cx.touchpoint.account;

import cx.touchpoint.base.Quarter;
import cx.touchpoint.insight.TrendPoint;
import cx.touchpoint.segment.Segment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the account detail view shows except the responses (paged separately).
 *
 * @param segmentHistory the account's segment at each wave it answered, oldest first
 * @param cueScores expected vs experienced per perception cue in the latest relationship survey
 * @param npsTrend the account's NPS per quarter over all its survey responses, from its first quarter with
 *     an NPS answer to this quarter, oldest first; a quarter without answers is a gap (n and interval on each)
 */
public record AccountDetail(
        AccountFacts facts,
        List<WaveSegment> segmentHistory,
        List<CueScore> cueScores,
        List<TrendPoint> npsTrend,
        List<OpenIssue> openIssues,
        List<ContactEligibility> contacts) {

    /** The account's score and segment at one quarterly wave. */
    public record WaveSegment(LocalDate quarterStart, double score, Segment segment) {

        public String quarterLabel() {
            return Quarter.label(quarterStart);
        }
    }

    /** Mean expected and experienced score (1-7) for one cue. */
    public record CueScore(String cue, double expected, double experienced) {}

    public record OpenIssue(
            long id, String title, String severity, String status, String team, Instant slaDueAt, boolean overdue) {}

    /**
     * A contact and when they may next be surveyed under the contact policy's quiet periods.
     *
     * @param relationshipFrom first day a relationship survey may be sent; {@code null} = now
     * @param transactionFrom first day a transaction survey may be sent; {@code null} = now
     */
    public record ContactEligibility(
            long id,
            String fullName,
            String jobTitle,
            String email,
            Instant lastSurveyedAt,
            Instant relationshipFrom,
            Instant transactionFrom) {}
}
