package cx.touchpoint.home;

import cx.touchpoint.insight.Comparison;
import cx.touchpoint.insight.Estimate;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The headline numbers of the home view. Scores and NPS are {@code null} when there are no
 * answers behind them, never 0.
 *
 * @param npsThisQuarter NPS (-100..100) of responses in the current quarter
 * @param npsLastQuarter NPS of the previous quarter, for the change arrow
 * @param recentResponses survey responses of every type received since {@code recentResponsesFrom}
 * @param recentResponsesFrom the first day of the month two months before the current one (company
 *     time zone): the recent responses are whole months, this one so far and the two before
 * @param summaryScore mean summary experience score (1-7) of active accounts
 * @param scoredAccounts active accounts with a relationship survey behind {@code summaryScore}
 * @param activeAccounts active accounts
 * @param openIssues issues not resolved, closed or won't fix
 * @param overdueIssues open issues past their SLA due time
 * @param nps this quarter's NPS against last quarter's: n, interval and whether the change is real
 *     (two-sample z-test at the company's confidence level)
 * @param score the summary experience score with its n (scored accounts) and t-interval
 * @param figuresAsOf the moment these figures show when they were read from a read replica that is behind the
 *     primary (docs/PERFORMANCE.md "Beyond one machine"); null when they are current
 */
public record HomeHeadlines(
        Double npsThisQuarter,
        Double npsLastQuarter,
        long recentResponses,
        LocalDate recentResponsesFrom,
        Double summaryScore,
        long scoredAccounts,
        long activeAccounts,
        long openIssues,
        long overdueIssues,
        Comparison nps,
        Estimate score,
        Instant figuresAsOf) {}
