package cx.touchpoint.gap;

import cx.touchpoint.base.AccountFilter;
import java.util.List;

/**
 * What the gap figures cover: the accounts (vertical, location, platform, account executive), a
 * touch point ({@code null} = all) and the last {@code months} full months.
 */
public record GapFilter(AccountFilter accounts, Long touchPointId, int months) {

    public static final int DEFAULT_MONTHS = 3;
    public static final List<Integer> MONTH_CHOICES = List.of(3, 6, 12, 24);
    public static final GapFilter DEFAULT = new GapFilter(AccountFilter.ALL, null, DEFAULT_MONTHS);

    public GapFilter {
        accounts = accounts == null ? AccountFilter.ALL : accounts;
        months = MONTH_CHOICES.contains(months) ? months : DEFAULT_MONTHS;
    }

    public GapFilter withAccounts(AccountFilter filter) {
        return new GapFilter(filter, touchPointId, months);
    }

    public GapFilter withTouchPoint(Long id) {
        return new GapFilter(accounts, id, months);
    }

    public GapFilter withMonths(int value) {
        return new GapFilter(accounts, touchPointId, value);
    }
}
