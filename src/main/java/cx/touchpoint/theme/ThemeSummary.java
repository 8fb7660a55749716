package cx.touchpoint.theme;

import java.util.List;

/**
 * A theme with its figures. Volume in the last 90 days ({@code recent}) and the 90 before ({@code previous});
 * {@code negative} comments of all; the likelihood to recommend (0-10) of the comments that carry it, with the
 * theme ({@code withMean}, {@code withN}, {@code withSd}) and among every other analysed comment ({@code
 * without...}). The impact on NPS and whether the theme is emerging are computed once, in {@link ThemeImpact}.
 */
public record ThemeSummary(
        long id,
        String name,
        ThemeStatus status,
        boolean pinned,
        int version,
        List<String> words,
        long comments,
        long recent,
        long previous,
        long recentAll,
        long previousAll,
        long negative,
        Double withMean,
        Double withSd,
        long withN,
        Double withoutMean,
        Double withoutSd,
        long withoutN) {

    /** The share of negative comments, 0 to 1 (0 without comments). */
    public double negativeShare() {
        return comments == 0 ? 0 : (double) negative / comments;
    }

    public ThemeImpact impact() {
        return ThemeImpact.of(this);
    }
}
