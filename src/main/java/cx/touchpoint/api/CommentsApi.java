package cx.touchpoint.api;

import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import cx.touchpoint.theme.CommentFilter;
import cx.touchpoint.theme.Sentiment;
import cx.touchpoint.theme.ThemeComment;
import cx.touchpoint.theme.ThemeService;
import cx.touchpoint.theme.ThemeSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customers' comments with their theme and sentiment, and the themes with their figures. Analysed on Touchpoint's
 * own server; account executives see their own book's comments.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Comments and themes")
public class CommentsApi {

    /** A theme as a comment names it. */
    record ThemeRef(long id, String name) {}

    /**
     * One comment. {@code theme} and {@code sentiment} are null while it is being analysed ({@code analysis}
     * "PENDING"), when it is not analysed ("NOT_ANALYSED": {@code language} says which language, or no words) and
     * {@code theme} when no theme is near enough.
     */
    record CommentItem(
            long id,
            Long responseId,
            Long complaintId,
            String accountExternalId,
            Instant commentedAt,
            String text,
            String analysis,
            String language,
            ThemeRef theme,
            Sentiment sentiment,
            Double sentimentScore) {}

    /** The impact on the likelihood to recommend (0-10 points, with vs without the theme) and its 95 % interval. */
    record Impact(Double difference, Double low, Double high) {}

    record ThemeItem(
            long id,
            String name,
            boolean pinned,
            List<String> words,
            long comments,
            long commentsLast90Days,
            double negativeShare,
            Impact npsImpact,
            boolean emerging) {}

    private final ThemeService themes;

    CommentsApi(ThemeService themes) {
        this.themes = themes;
    }

    @GetMapping("/comments")
    @Operation(
            summary = "Comments with theme and sentiment, newest first (by `id` descending), paged by key: while"
                    + " more follow, the `Link` header (rel=\"next\") names the next page's `after`")
    @Requires(Permission.READ_COMMENTS)
    public ResponseEntity<List<CommentItem>> comments(
            @Parameter(description = "the last comment id of the previous page: the next page has smaller ids")
                    @RequestParam(required = false)
                    Long after,
            @RequestParam(defaultValue = "100") int limit,
            @Parameter(description = "from this instant (ISO 8601), inclusive")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    Instant from,
            @Parameter(description = "before this instant (ISO 8601), exclusive")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    Instant to,
            @Parameter(description = "theme id") @RequestParam(required = false) Long theme,
            @RequestParam(required = false) Sentiment sentiment,
            @RequestParam(required = false) Long verticalMarketId,
            @RequestParam(required = false) Long locationId,
            @RequestParam(required = false) Long servicePlatformId,
            @RequestParam(required = false) Long accountExecutiveId,
            HttpServletRequest request) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw cx.touchpoint.base.InvalidInput.of("from", "`from` must be before `to`.");
        }
        int size = KeysetPage.limit(limit, 500);
        var filter = new CommentFilter(
                new AccountFilter(verticalMarketId, locationId, servicePlatformId, accountExecutiveId),
                from,
                to,
                theme,
                false,
                sentiment,
                null);
        List<CommentItem> rows = themes.comments(filter, after, size + 1).stream()
                .map(CommentsApi::item)
                .toList();
        return KeysetPage.of(rows, size, CommentItem::id, request);
    }

    private static CommentItem item(ThemeComment c) {
        return new CommentItem(
                c.id(),
                c.responseId(),
                c.complaintId(),
                c.accountExternalId(),
                c.commentedAt(),
                c.text(),
                c.state(),
                c.language(),
                c.themeId() == null ? null : new ThemeRef(c.themeId(), c.themeName()),
                c.sentiment(),
                c.sentimentScore());
    }

    @GetMapping("/themes")
    @Operation(summary = "Active themes with their comments, share of negative comments and impact on NPS")
    @Requires(Permission.READ_THEMES)
    public List<ThemeItem> themes() {
        return themes.activeThemes().stream().map(CommentsApi::theme).toList();
    }

    private static ThemeItem theme(ThemeSummary t) {
        var impact = t.impact();
        return new ThemeItem(
                t.id(),
                t.name(),
                t.pinned(),
                t.words(),
                t.comments(),
                t.recent(),
                t.negativeShare(),
                new Impact(impact.difference(), impact.low(), impact.high()),
                impact.emerging());
    }
}
