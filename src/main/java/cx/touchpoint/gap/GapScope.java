package cx.touchpoint.gap;

import cx.touchpoint.base.AccountFilter;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A gap filter made concrete for SQL: accounts, touch point and the period's instants in the clock's
 * zone. {@code byAccountGroup}: read the per-group summary even without an account filter (the
 * roll-up over all accounts is read otherwise; both give the same figures, see {@link GapSql#cells}).
 */
record GapScope(AccountFilter accounts, Long touchPointId, GapPeriod period, ZoneId zone, boolean byAccountGroup) {

    GapScope(AccountFilter accounts, Long touchPointId, GapPeriod period, ZoneId zone) {
        this(accounts, touchPointId, period, zone, false);
    }

    GapScope withoutTouchPoint() {
        return new GapScope(accounts, null, period, zone, byAccountGroup);
    }

    GapScope withAccountGroups() {
        return new GapScope(accounts, touchPointId, period, zone, true);
    }

    /** Whether the figures cover every account and may be read from the roll-up over all of them. */
    boolean allAccounts() {
        return accounts.isEmpty() && !byAccountGroup;
    }

    /** Named parameters of the gap queries: the account filter's, :tp, :from/:to and their dates. */
    Map<String, Object> parameters() {
        var parameters = new LinkedHashMap<String, Object>(accounts.parameters());
        parameters.put("tp", touchPointId);
        parameters.put("from", Timestamp.from(period.from().atStartOfDay(zone).toInstant()));
        parameters.put("to", Timestamp.from(period.to().atStartOfDay(zone).toInstant()));
        parameters.put("from_date", period.from());
        parameters.put("to_date", period.to());
        parameters.put("estimates_from", period.estimatesFrom());
        return parameters;
    }
}
