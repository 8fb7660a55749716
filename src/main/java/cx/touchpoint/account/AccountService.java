package cx.touchpoint.account;

import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.base.FilterOptions;
import cx.touchpoint.base.FilterOptionsQueries;
import cx.touchpoint.security.CurrentUser;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer accounts: the filtered, sorted, paged accounts grid with its CSV export, and one account's
 * detail. Account executives see their own book only; executives and team leads see every account.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

    /** The NPS column covers the responses of this many days. */
    static final Duration NPS_WINDOW = Duration.ofDays(365);

    /** The most rows one CSV export holds. */
    public static final int EXPORT_LIMIT = 100_000;

    private final AccountQueries accounts;
    private final AccountDetailQueries details;
    private final FilterOptionsQueries filterOptions;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountService(
            AccountQueries accounts,
            AccountDetailQueries details,
            FilterOptionsQueries filterOptions,
            CurrentUser currentUser,
            Clock clock) {
        this.accounts = accounts;
        this.details = details;
        this.filterOptions = filterOptions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One page of active accounts matching the query, in the given order. */
    public List<AccountRow> page(AccountQuery query, AccountSort.Order order, int offset, int limit) {
        return accounts.page(scope(query), order, npsSince(), offset, limit);
    }

    /** How many active accounts match the query. */
    public long count(AccountQuery query) {
        return accounts.count(scope(query), npsSince());
    }

    /** Writes every account matching the query, in the given order, as CSV (formula-like text neutralised). */
    public void exportCsv(AccountQuery query, AccountSort.Order order, Writer out) {
        AccountCsv.write(page(query, order, 0, EXPORT_LIMIT), clock.getZone(), out);
    }

    /** The CSV file's name, dated today. */
    public String exportFileName() {
        return "accounts-" + java.time.LocalDate.now(clock) + ".csv";
    }

    /** The account's detail, or empty if there is no such account or it is not in the user's book. */
    public Optional<AccountDetail> detail(long accountId) {
        Instant now = clock.instant();
        return visibleFacts(accountId)
                .map(facts -> new AccountDetail(
                        facts,
                        details.segmentHistory(accountId),
                        details.cueScores(accountId),
                        details.npsTrend(accountId),
                        details.openIssues(accountId, now),
                        details.contacts(accountId, now)));
    }

    /** A page of the account's survey responses, newest first (none if the account is not visible). */
    public List<ResponseSummary> responses(long accountId, int offset, int limit) {
        return visible(accountId) ? details.responses(accountId, offset, limit) : List.of();
    }

    public long responseCount(long accountId) {
        return visible(accountId) ? details.responseCount(accountId) : 0;
    }

    /** The filter's choices; an account executive's list of account executives is just them. */
    public FilterOptions filterOptions() {
        return filterOptions.options(currentUser.ownBook());
    }

    /** The filter as applied: an account executive's is fixed to their own book. */
    public AccountFilter scope(AccountFilter filter) {
        return currentUser.scope(filter);
    }

    private AccountQuery scope(AccountQuery query) {
        return query.withFilter(scope(query.filter()));
    }

    private Optional<AccountFacts> visibleFacts(long accountId) {
        return details.facts(accountId).filter(facts -> currentUser.seesBookOf(facts.accountExecutiveId()));
    }

    private boolean visible(long accountId) {
        return visibleFacts(accountId).isPresent();
    }

    private Instant npsSince() {
        return clock.instant().minus(NPS_WINDOW);
    }
}
