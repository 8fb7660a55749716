package cx.touchpoint.theme;

import java.time.Instant;

/**
 * One comment with what the analysis says about it. {@code state}: PENDING (being analysed), ANALYSED or
 * NOT_ANALYSED ({@code notAnalysed} says why: NO_WORDS, or LANGUAGE with {@code language}).
 */
public record ThemeComment(
        long id,
        CommentSource source,
        Long responseId,
        Long complaintId,
        long accountId,
        String accountExternalId,
        String accountName,
        Integer nps,
        Instant commentedAt,
        String text,
        String state,
        String notAnalysed,
        String language,
        Long themeId,
        String themeName,
        Sentiment sentiment,
        Double sentimentScore) {

    /** What the analysis says, in words: the theme and sentiment, "being analysed" or why not analysed. */
    public String analysisLabel() {
        return switch (state) {
            case "PENDING" -> "Being analysed";
            case "NOT_ANALYSED" -> "LANGUAGE".equals(notAnalysed)
                    ? "Not analysed (" + Languages.name(language) + ")"
                    : "Not analysed (no words)";
            default -> (themeName == null ? "Not yet themed" : themeName) + " · " + sentiment.label();
        };
    }
}
