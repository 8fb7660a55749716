package cx.touchpoint.insight;

import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.base.replica.ReadsFromReplica;
import cx.touchpoint.security.CurrentUser;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Key drivers: which perception cue moves likelihood to recommend (or the summary score), for any filter and
 * period, from the sufficient statistics the summaries keep (V231). Account executives see their own book.
 */
@Service
@Transactional(readOnly = true)
@ReadsFromReplica
@Requires(Permission.READ_GAPS)
public class DriverService {

    /** The default period: the last twelve months, this one included. */
    public static final int DEFAULT_MONTHS = 12;

    private final DriverQueries queries;
    private final InsightPolicy policy;
    private final CurrentUser currentUser;
    private final Clock clock;

    DriverService(DriverQueries queries, InsightPolicy policy, CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.policy = policy;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * OLS of the outcome on the experienced scores (1-7) of every cue in use, over the responses that
     * answered all of them and the NPS question, with R² shared out by Shapley value (LMG, exact over all
     * subsets; {@link ShapleyRegression}). Importances are shares of R² (0..1, summing to 1), the most
     * important first. Below the company's minimum of complete responses, or when a cue's answers are all
     * the same, the analysis says so in words ({@link DriverAnalysis#message()}) and has no drivers.
     */
    public DriverAnalysis drivers(DriverQuery query) {
        var scoped = new DriverQuery(
                currentUser.scope(query.filter()),
                query.fromMonth(),
                query.toMonth(),
                query.relationship(),
                query.outcome());
        var cues = queries.cues();
        Moments moments = queries.moments(scoped, cues);
        if (query.outcome() == DriverOutcome.SCORE) {
            moments = moments.withOutcomeMeanOfPredictors();
        }
        return ShapleyRegression.analyse(
                moments, policy.current().minDriverResponses(), query.outcome().words());
    }

    /** The drivers of likelihood to recommend over relationship responses of the last twelve months. */
    public DriverAnalysis recentDrivers(AccountFilter filter) {
        return drivers(recent(filter));
    }

    /** The query of the last {@value #DEFAULT_MONTHS} months (company time zone), this one included. */
    public DriverQuery recent(AccountFilter filter) {
        LocalDate next = LocalDate.now(clock).withDayOfMonth(1).plusMonths(1);
        return new DriverQuery(filter, next.minusMonths(DEFAULT_MONTHS), next, true, DriverOutcome.NPS);
    }

    /** The company's settings, for the views' wording (confidence level, minimum responses). */
    public InsightSettings settings() {
        return policy.current();
    }
}
