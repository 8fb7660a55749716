package cx.touchpoint.account;

import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.segment.Segment;

/**
 * Which accounts the accounts grid lists: the shared filter, optionally one segment and part of a name.
 * Active accounts only.
 */
public record AccountQuery(AccountFilter filter, Segment segment, String nameContains) {

    public static final AccountQuery ALL = new AccountQuery(AccountFilter.ALL, null, null);

    public AccountQuery withFilter(AccountFilter changed) {
        return new AccountQuery(changed, segment, nameContains);
    }
}
