package cx.touchpoint.insight;

import cx.touchpoint.base.AccountFilter;

/**
 * Whose responses an NPS covers: the views' account filter, and optionally one segment (its code: MODEL,
 * GROWTH, AT_RISK, DANGLING, UNSCORED; the account's segment now) or one account by external id.
 */
public record NpsScope(AccountFilter filter, String segment, String accountExternalId) {

    public static final NpsScope ALL = new NpsScope(AccountFilter.ALL, null, null);

    public NpsScope {
        filter = filter == null ? AccountFilter.ALL : filter;
    }

    boolean summarised() {
        return segment == null && accountExternalId == null;
    }
}
