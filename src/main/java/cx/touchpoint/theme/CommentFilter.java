package cx.touchpoint.theme;

import cx.touchpoint.base.AccountFilter;
import java.time.Instant;

/**
 * Which comments: the accounts' filter, a period [{@code from}, {@code to}) (either end null = open), one
 * theme, one sentiment, one account (null = any). {@code unthemed} asks for analysed comments without a theme.
 */
public record CommentFilter(
        AccountFilter accounts,
        Instant from,
        Instant to,
        Long themeId,
        boolean unthemed,
        Sentiment sentiment,
        Long accountId) {

    public static final CommentFilter ALL = new CommentFilter(AccountFilter.ALL, null, null, null, false, null, null);

    public CommentFilter withTheme(Long theme) {
        return new CommentFilter(accounts, from, to, theme, false, sentiment, accountId);
    }

    public CommentFilter withSentiment(Sentiment feeling) {
        return new CommentFilter(accounts, from, to, themeId, unthemed, feeling, accountId);
    }

    public CommentFilter withAccount(Long account) {
        return new CommentFilter(accounts, from, to, themeId, unthemed, sentiment, account);
    }
}
