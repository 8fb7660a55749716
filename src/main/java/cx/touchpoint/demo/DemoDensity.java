package cx.touchpoint.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many survey responses each demo account gives over the two years
 * ({@code touchpoint.demo.responses-per-account}, 9 by default: one relationship response per wave
 * and 0-6 transaction surveys). A denser company answers as large B2B customers do: several of an
 * account's contacts answer each relationship wave it takes part in, and more touch-point events are
 * followed by a transaction survey. Every extra response is drawn by the same rules as the first,
 * around the same account's score, from a random stream of its own: the default company is unchanged,
 * and a denser one has the same accounts with the same segment shares, gaps and share of low scores.
 */
@Component
class DemoDensity {

    static final int DEFAULT_RESPONSES_PER_ACCOUNT = 9;
    static final int MAX_RESPONSES_PER_ACCOUNT = 100;

    /** Transaction surveys per account over the two years at the default density: 0 to this many. */
    private static final int TRANSACTION_SURVEYS_MAX = 6;

    /** Responses per account relative to the default: 1 at the default, about 5.6 for 50. */
    private final double factor;

    DemoDensity(
            @Value("${touchpoint.demo.responses-per-account:" + DEFAULT_RESPONSES_PER_ACCOUNT + "}")
                    int responsesPerAccount) {
        if (responsesPerAccount < DEFAULT_RESPONSES_PER_ACCOUNT || responsesPerAccount > MAX_RESPONSES_PER_ACCOUNT) {
            throw new IllegalArgumentException("touchpoint.demo.responses-per-account must be "
                    + DEFAULT_RESPONSES_PER_ACCOUNT + " to " + MAX_RESPONSES_PER_ACCOUNT
                    + " (survey responses per account over the two years), was " + responsesPerAccount);
        }
        this.factor = responsesPerAccount / (double) DEFAULT_RESPONSES_PER_ACCOUNT;
    }

    /** Contacts an account has beyond its usual 1-3, so that each respondent of a wave is another person. */
    int extraContacts() {
        return (int) Math.ceil(factor) - 1;
    }

    /** Contacts beyond the first who answer a relationship wave their account takes part in: about factor - 1. */
    int extraRespondents(DemoRandom extra) {
        int whole = (int) factor;
        double part = factor - whole;
        return whole - 1 + (part > 0 && extra.chance(part) ? 1 : 0);
    }

    /** Transaction surveys beyond the usual 0-6 over the two years: on average 3 × (factor - 1). */
    int extraTransactionSurveys(DemoRandom extra) {
        int most = (int) Math.round(TRANSACTION_SURVEYS_MAX * (factor - 1));
        return most == 0 ? 0 : extra.between(0, most);
    }
}
