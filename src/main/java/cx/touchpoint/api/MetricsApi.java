package cx.touchpoint.api;

import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.gap.CueGaps;
import cx.touchpoint.gap.GapFilter;
import cx.touchpoint.gap.GapService;
import cx.touchpoint.home.HomeHeadlines;
import cx.touchpoint.home.HomeService;
import cx.touchpoint.home.NpsPoint;
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
     * the two before).
     */
    record NpsMetrics(
            Double npsThisQuarter,
            Double npsLastQuarter,
            long recentResponses,
            LocalDate recentResponsesFrom,
            List<NpsPoint> trend) {}

    /** An issue with its audit trail. */
    record IssueWithTrail(IssueDetail issue, List<AuditEntry> auditTrail) {}

    private final HomeService home;
    private final SegmentService segments;
    private final GapService gaps;
    private final IssueService issues;

    MetricsApi(HomeService home, SegmentService segments, GapService gaps, IssueService issues) {
        this.home = home;
        this.segments = segments;
        this.gaps = gaps;
        this.issues = issues;
    }

    @GetMapping("/metrics/nps")
    @Requires(Permission.SIGNED_IN)
    @Operation(
            summary = "NPS of your scope as the home view shows it (current and previous quarter, trend)."
                    + " Every role, as the home view")
    public NpsMetrics nps() {
        HomeHeadlines headlines = home.headlines();
        return new NpsMetrics(
                headlines.npsThisQuarter(),
                headlines.npsLastQuarter(),
                headlines.recentResponses(),
                headlines.recentResponsesFrom(),
                home.npsTrend());
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
