package cx.touchpoint.theme;

/**
 * What the analysis sees in a text without storing it: the theme (null: none near enough, or not analysed),
 * the sentiment, and a sentence saying so (e.g. for the routing-rule tester).
 */
public record ThemeProbe(
        Long themeId, String themeName, Sentiment sentiment, double sentimentScore, String explanation) {}
