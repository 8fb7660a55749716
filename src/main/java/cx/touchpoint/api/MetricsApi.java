package cx.touchpoint.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.base.FieldProblem;
import cx.touchpoint.base.InvalidInputException;
import cx.touchpoint.gap.CueGaps;
import cx.touchpoint.gap.GapFilter;
import cx.touchpoint.gap.GapService;
import cx.touchpoint.home.HomeHeadlines;
import cx.touchpoint.home.HomeService;
import cx.touchpoint.home.NpsPoint;
import cx.touchpoint.insight.Comparison;
import cx.touchpoint.insight.DriverAnalysis;
import cx.touchpoint.insight.DriverOutcome;
import cx.touchpoint.insight.DriverQuery;
import cx.touchpoint.insight.DriverService;
import cx.touchpoint.insight.NpsChange;
import cx.touchpoint.insight.NpsPeriodFigure;
import cx.touchpoint.insight.NpsScope;
import cx.touchpoint.insight.NpsService;
import cx.touchpoint.issue.AuditEntry;
import cx.touchpoint.issue.BoardFilter;
import cx.touchpoint.issue.IssueCard;
import cx.touchpoint.issue.IssueDetail;
import cx.touchpoint.issue.IssueService;
import cx.touchpoint.issue.IssueStatus;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import cx.touchpoint.segment.SegmentOverview;
import cx.touchpoint.segment.SegmentService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The figures the views show, from the same service calls, so the API and the screens never disagree.
 * NPS = % promoters (9-10) − % detractors (0-6) over the responses that have an NPS answer (responses
 * without one are not in the denominator); exact values, unrounded; null when there are no answers.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Metrics and issues")
public class MetricsApi {

    /**
     * The home view's NPS: this quarter, the previous one, and the quarterly trend; and the responses
     * received since {@code recentResponsesFrom} (whole months of the company time zone: this one and
     * the two before). Each figure with its n and adjusted-Wald interval ({@code low}, {@code high}) at
     * {@code confidence} %; {@code significant}, {@code pValue} and {@code verdict}: this quarter against the
     * last by the two-sample z-test.
     */
    record NpsMetrics(
            Double npsThisQuarter,
            Double npsLastQuarter,
            long recentResponses,
            LocalDate recentResponsesFrom,
            List<NpsPoint> trend,
            long n,
            Double low,
            Double high,
            long nLastQuarter,
            Double lowLastQuarter,
            Double highLastQuarter,
            int confidence,
            boolean significant,
            Double pValue,
            String verdict) {}

    /**
     * The NPS of a period ({@code from}..{@code to}), and with a compared period also its figures, the change
     * and the z-test's verdict.
     */
    record PeriodNps(
            @JsonUnwrapped NpsPeriodFigure period,
            NpsPeriodFigure compared,
            Double change,
            Boolean significant,
            Double pValue,
            String verdict) {}

    /** One cue's part in key drivers. */
    record DriverFigure(String cue, double importance, int sign, double performance) {}

    /**
     * Key drivers: {@code r2} of the OLS of the outcome on the cues' experienced scores, {@code responses}
     * complete responses, and per cue its Shapley share of R² ({@code importance}, 0-1, summing to 1); when
     * they cannot be estimated, {@code r2} is null, {@code drivers} empty and {@code message} says why.
     */
    record DriverMetrics(
            LocalDate from,
            LocalDate to,
            String outcome,
            Double r2,
            long responses,
            List<DriverFigure> drivers,
            String message) {}

    /** An issue with its audit trail. */
    record IssueWithTrail(IssueDetail issue, List<AuditEntry> auditTrail) {}

    private final HomeService home;
    private final SegmentService segments;
    private final GapService gaps;
    private final IssueService issues;
    private final NpsService nps;
    private final DriverService drivers;

    MetricsApi(
            HomeService home,
            SegmentService segments,
            GapService gaps,
            IssueService issues,
            NpsService nps,
            DriverService drivers) {
        this.home = home;
        this.segments = segments;
        this.gaps = gaps;
        this.issues = issues;
        this.nps = nps;
        this.drivers = drivers;
    }

    @GetMapping("/metrics/nps")
    @Requires(Permission.SIGNED_IN)
    @Operation(
            summary = "NPS with n, confidence interval and significance of a change. Every role without a period"
                    + " or filter, as the home view; with them, the roles that see the value gaps",
            description = "NPS = % promoters (9-10) − % detractors (0-6) of the responses with an NPS answer."
                    + " Interval: adjusted Wald (Rocks 2016; MeasuringU, \"Confidence intervals for Net Promoter"
                    + " Scores\"): n′ = n + 3, p′ = (promoters + ¾)/n′, d′ = (detractors + ¾)/n′, NPS′ ± z·√((p′ + d′"
                    + " − (p′ − d′)²)/n′), ×100, clipped to [−100, 100]; the point is the plain NPS. A change is"
                    + " significant when the two-sample z-test on the adjusted-Wald variances (MeasuringU, \"How to"
                    + " compare Net Promoter Scores\") gives p < 1 − confidence and both periods have the company's"
                    + " minimum n. Without from/to: the home view's figures (this quarter, the last, the trend)."
                    + " Dates are days in the company time zone, both inclusive. Filters by id; segment by code"
                    + " (MODEL, GROWTH, AT_RISK, DANGLING, UNSCORED); account by external id. 400 with the field for"
                    + " bad parameters.")
    public Object nps(
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) LocalDate compareFrom,
            @RequestParam(required = false) LocalDate compareTo,
            @RequestParam(required = false) Long vertical,
            @RequestParam(required = false) Long location,
            @RequestParam(required = false) Long platform,
            @RequestParam(required = false) Long accountExecutive,
            @RequestParam(required = false) String segment,
            @RequestParam(required = false) String account,
            @RequestParam(required = false) Integer confidence) {
        var filter = new AccountFilter(vertical, location, platform, accountExecutive);
        boolean scoped = from != null
                || to != null
                || compareFrom != null
                || compareTo != null
                || !filter.isEmpty()
                || segment != null
                || account != null
                || confidence != null;
        if (!scoped) {
            return quarters();
        }
        NpsChange change =
                nps.nps(new NpsScope(filter, segment, account), from, to, compareFrom, compareTo, confidence);
        return new PeriodNps(
                change.period(),
                change.compared(),
                change.change(),
                change.compared() == null ? null : change.significant(),
                change.pValue(),
                change.verdict());
    }

    private NpsMetrics quarters() {
        HomeHeadlines headlines = home.headlines();
        Comparison q = headlines.nps();
        return new NpsMetrics(
                headlines.npsThisQuarter(),
                headlines.npsLastQuarter(),
                headlines.recentResponses(),
                headlines.recentResponsesFrom(),
                home.npsTrend(),
                q.current().n(),
                q.current().interval() == null ? null : q.current().interval().low(),
                q.current().interval() == null ? null : q.current().interval().high(),
                q.previous().n(),
                q.previous().interval() == null ? null : q.previous().interval().low(),
                q.previous().interval() == null ? null : q.previous().interval().high(),
                q.current().level().percent(),
                q.significance().significant(),
                q.pValue(),
                q.significance().words());
    }

    @GetMapping("/metrics/drivers")
    @Requires(Permission.READ_GAPS)
    @Operation(
            summary = "Key drivers: which perception cue moves likelihood to recommend (or the summary score)",
            description = "Ordinary least squares of the outcome (nps: the 0-10 answer; score: the mean of the"
                    + " cues' experienced scores) on every cue's experienced score (1-7), over the responses that"
                    + " answered every cue and the NPS question; R² shared out by the Shapley value (Lindeman,"
                    + " Merenda & Gold 1980 'LMG'; Grömping 2006), exactly over all subsets of cues. importance ="
                    + " the cue's share of R² (0-1, summing to 1); sign = of its coefficient in the full model;"
                    + " performance = its mean experienced score. Periods are whole months: from's month to to's"
                    + " month (default: the last 12). pattern: relationship (default) or transaction. Below the"
                    + " company's minimum of complete responses, or when a cue's answers are all the same, r2 is"
                    + " null and message says why. segment and account are not available for drivers (400).")
    public DriverMetrics drivers(
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Long vertical,
            @RequestParam(required = false) Long location,
            @RequestParam(required = false) Long platform,
            @RequestParam(required = false) Long accountExecutive,
            @RequestParam(required = false) String segment,
            @RequestParam(required = false) String account,
            @RequestParam(defaultValue = "nps") String outcome,
            @RequestParam(defaultValue = "relationship") String pattern) {
        var filter = new AccountFilter(vertical, location, platform, accountExecutive);
        var problems = new java.util.ArrayList<FieldProblem>();
        DriverOutcome chosen =
                switch (outcome) {
                    case "nps" -> DriverOutcome.NPS;
                    case "score" -> DriverOutcome.SCORE;
                    default -> {
                        problems.add(new FieldProblem("outcome", outcome, "is nps or score"));
                        yield DriverOutcome.NPS;
                    }
                };
        if (!pattern.equals("relationship") && !pattern.equals("transaction")) {
            problems.add(new FieldProblem("pattern", pattern, "is relationship or transaction"));
        }
        if (segment != null) {
            problems.add(new FieldProblem(
                    "segment",
                    segment,
                    "is not available for key drivers: filter by vertical, location, platform"
                            + " or accountExecutive"));
        }
        if (account != null) {
            problems.add(new FieldProblem(
                    "account", account, "is not available for key drivers: one account has too few responses"));
        }
        if ((from == null) != (to == null)) {
            problems.add(new FieldProblem(
                    from == null ? "from" : "to", "", "is required with " + (from == null ? "to" : "from")));
        } else if (from != null && to.isBefore(from)) {
            problems.add(new FieldProblem("to", to.toString(), "is before from (" + from + ")"));
        }
        problems.addAll(nps.unknownFilterIds(filter));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        DriverQuery recent = drivers.recent(filter);
        var query = from == null
                ? new DriverQuery(filter, recent.fromMonth(), recent.toMonth(), pattern.equals("relationship"), chosen)
                : new DriverQuery(
                        filter,
                        from.withDayOfMonth(1),
                        to.withDayOfMonth(1).plusMonths(1),
                        pattern.equals("relationship"),
                        chosen);
        DriverAnalysis analysis = drivers.drivers(query);
        return new DriverMetrics(
                query.fromMonth(),
                query.toMonth().minusDays(1),
                outcome,
                analysis.r2(),
                analysis.n(),
                analysis.drivers().stream()
                        .map(d -> new DriverFigure(d.cue(), d.importance(), d.sign(), d.performance()))
                        .toList(),
                analysis.message());
    }

    @GetMapping("/metrics/segments")
    @Requires(Permission.READ_SEGMENTS)
    @Operation(
            summary = "The segment view's cards: accounts and revenue per segment (filters by id)."
                    + " Executives and account executives (own book), as the segment view")
    public SegmentOverview segments(
            @RequestParam(required = false) Long vertical,
            @RequestParam(required = false) Long location,
            @RequestParam(required = false) Long platform,
            @RequestParam(required = false) Long accountExecutive) {
        return segments.overview(new AccountFilter(vertical, location, platform, accountExecutive));
    }

    @GetMapping("/metrics/gaps")
    @Requires(Permission.READ_GAPS)
    @Operation(
            summary = "The gap view's expected vs experienced per perception cue (gaps 6 and 1). Executives,"
                    + " account executives (own book), team leads and admins, as the gap view")
    public List<CueGaps> gaps(
            @RequestParam(required = false) Long vertical,
            @RequestParam(required = false) Long location,
            @RequestParam(required = false) Long platform,
            @RequestParam(required = false) Long accountExecutive,
            @RequestParam(required = false) Long touchPoint,
            @RequestParam(defaultValue = "3") int months) {
        return gaps.cueGaps(
                new GapFilter(new AccountFilter(vertical, location, platform, accountExecutive), touchPoint, months));
    }

    @GetMapping("/issues")
    @Requires(Permission.READ_ISSUES)
    @Operation(
            summary = "Issues of one board column (status) in id order, paged by key: pass the last id as"
                    + " `after`; `Link: <…>; rel=\"next\"` gives the next page while there is one. With `offset`"
                    + " (deprecated) the board's order instead (overdue, most severe, soonest due), which moves as"
                    + " issues change. Executives, team leads, specialists (their team's) and admins, as the board")
    public ResponseEntity<List<IssueCard>> issues(
            @RequestParam(defaultValue = "NEW") IssueStatus status,
            @RequestParam(required = false) Long team,
            @RequestParam(required = false) Long assignee,
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @Parameter(description = "the id of the last issue of the previous page") @RequestParam(required = false)
                    Long after,
            @Parameter(description = "deprecated: position in the board's order, which shifts as issues change")
                    @RequestParam(required = false)
                    Integer offset,
            @Parameter(description = "1 to 500") @RequestParam(defaultValue = "100") int limit,
            HttpServletRequest request) {
        int n = KeysetPage.limit(limit, 500);
        var filter = new BoardFilter(team, assignee, null, overdueOnly);
        if (offset != null && after == null) {
            return ResponseEntity.ok(issues.column(status, filter, Math.max(0, offset), n));
        }
        return KeysetPage.of(issues.columnAfter(status, filter, after, n + 1), n, IssueCard::id, request);
    }

    @GetMapping("/issues/{id}")
    @Requires(Permission.READ_ISSUES)
    @Operation(summary = "One issue with its audit trail; 404 when you may not see it. Roles as for the column")
    public IssueWithTrail issue(@PathVariable long id) {
        var detail = issues.detail(id).orElseThrow(() -> new NoSuchElementException("No issue " + id));
        return new IssueWithTrail(detail, issues.auditTrail(id));
    }
}
