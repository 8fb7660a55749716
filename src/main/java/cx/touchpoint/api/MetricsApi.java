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
import cx.touchpoint.segment.SegmentOverview;
import cx.touchpoint.segment.SegmentService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
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
class MetricsApi {

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
    @Operation(summary = "NPS of your scope as the home view shows it (current and previous quarter, trend)")
    NpsMetrics nps() {
        HomeHeadlines headlines = home.headlines();
        return new NpsMetrics(
                headlines.npsThisQuarter(),
                headlines.npsLastQuarter(),
                headlines.recentResponses(),
                headlines.recentResponsesFrom(),
                home.npsTrend());
    }

    @GetMapping("/metrics/segments")
    @Operation(summary = "The segment view's cards: accounts and revenue per segment (filters by id)")
    SegmentOverview segments(
            @RequestParam(required = false) Long vertical,
            @RequestParam(required = false) Long location,
            @RequestParam(required = false) Long platform,
            @RequestParam(required = false) Long accountExecutive) {
        return segments.overview(new AccountFilter(vertical, location, platform, accountExecutive));
    }

    @GetMapping("/metrics/gaps")
    @Operation(summary = "The gap view's expected vs experienced per perception cue (gaps 6 and 1)")
    List<CueGaps> gaps(
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
    @Operation(summary = "Issues of one board column (status), as the board shows them")
    List<IssueCard> issues(
            @RequestParam(defaultValue = "NEW") IssueStatus status,
            @RequestParam(required = false) Long team,
            @RequestParam(required = false) Long assignee,
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "100") int limit) {
        return issues.column(
                status,
                new BoardFilter(team, assignee, null, overdueOnly),
                Math.max(0, offset),
                Math.min(Math.max(1, limit), 500));
    }

    @GetMapping("/issues/{id}")
    @Operation(summary = "One issue with its audit trail; 404 when you may not see it")
    IssueWithTrail issue(@PathVariable long id) {
        var detail = issues.detail(id).orElseThrow(() -> new NoSuchElementException("No issue " + id));
        return new IssueWithTrail(detail, issues.auditTrail(id));
    }
}
