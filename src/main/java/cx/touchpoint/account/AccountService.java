package cx.touchpoint.account;

import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.base.FieldProblem;
import cx.touchpoint.base.FilterOptions;
import cx.touchpoint.base.FilterOptionsQueries;
import cx.touchpoint.base.InvalidInputException;
import cx.touchpoint.base.Quarter;
import cx.touchpoint.base.ScopeSentence;
import cx.touchpoint.insight.InsightPolicy;
import cx.touchpoint.insight.NpsCounts;
import cx.touchpoint.insight.NpsTrends;
import cx.touchpoint.insight.TrendPoint;
import cx.touchpoint.security.CurrentUser;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer accounts: the filtered, sorted, paged accounts grid with its CSV export, one account's
 * detail, and the one way accounts and contacts are created and changed (CSV import, API). Account executives see their own book only; executives and team leads see every account.
 */
@Service
@Transactional(readOnly = true)
@Requires(Permission.READ_ACCOUNTS)
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
    private final AccountWrites writes;
    private final AccountChecks checks;
    private final InsightPolicy insight;

    AccountService(
            AccountQueries accounts,
            AccountDetailQueries details,
            FilterOptionsQueries filterOptions,
            CurrentUser currentUser,
            Clock clock,
            AccountWrites writes,
            AccountChecks checks,
            InsightPolicy insight) {
        this.accounts = accounts;
        this.details = details;
        this.filterOptions = filterOptions;
        this.currentUser = currentUser;
        this.clock = clock;
        this.writes = writes;
        this.checks = checks;
        this.insight = insight;
    }

    /** Reference data by name, for checking many accounts (an import) against one snapshot. */
    @Requires(Permission.UNRESTRICTED)
    public AccountReferences references() {
        return writes.references();
    }

    /** Every problem of the account, field by field (empty when it can be saved by the signed-in user). */
    @Requires(Permission.UNRESTRICTED)
    public List<FieldProblem> problems(AccountInput account, AccountReferences references) {
        return checks.problems(account, references);
    }

    /**
     * Creates the account, or updates the one with its external id. Admins write any account, account
     * executives only their own book ({@link AccessDeniedException} otherwise).
     *
     * @return whether anything changed (saving the same account twice changes nothing)
     * @throws InvalidInputException listing every field problem; nothing is stored
     */
    @Transactional
    @Requires(Permission.IMPORT_DATA)
    public boolean save(AccountInput account, AccountReferences references) {
        String book = checks.bookProblem(account, references);
        if (book != null) {
            throw new AccessDeniedException(book);
        }
        var problems = checks.problems(account, references);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String status = AccountChecks.status(account);
        return writes.upsert(
                new AccountWrites.Row(
                        account.externalId(),
                        account.name(),
                        AccountReferences.find(references.verticalMarkets(), account.verticalMarket()),
                        AccountReferences.find(references.locations(), account.location()),
                        AccountReferences.find(references.servicePlatforms(), account.servicePlatform()),
                        AccountReferences.find(references.accountExecutives(), account.accountExecutive()),
                        account.revenue(),
                        account.potentialRevenue(),
                        status,
                        account.defectedOn()),
                java.time.LocalDate.now(clock));
    }

    /** Every problem of the contact, field by field (empty when it can be saved). */
    @Requires(Permission.UNRESTRICTED)
    public List<FieldProblem> problems(ContactInput contact) {
        return checks.problems(contact);
    }

    /**
     * Creates the contact, or updates the one with its email (at the same account).
     *
     * @return whether anything changed
     * @throws InvalidInputException listing every field problem; nothing is stored
     */
    @Transactional
    @Requires(Permission.IMPORT_DATA)
    public boolean saveContact(ContactInput contact) {
        var problems = checks.problems(contact);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long accountId =
                writes.byExternalId(contact.accountExternalId()).orElseThrow().id();
        return writes.upsertContact(accountId, contact);
    }

    /** The account with this external id as the API shows it, if it exists and is in the user's book. */
    public Optional<AccountInput> byExternalId(String externalId) {
        return writes.read(externalId)
                .filter(a -> currentUser.seesBookOf(a.accountExecutiveId()))
                .map(AccountWrites.Read::account);
    }

    /**
     * The account as stored after a write, for those who write accounts without reading them (admins: the
     * answer to their own POST or PUT); empty when it does not exist or is not in the writer's book.
     */
    @Requires(Permission.IMPORT_DATA)
    public Optional<AccountInput> written(String externalId) {
        return byExternalId(externalId);
    }

    /**
     * A page of accounts (all statuses) in the user's book in external-id order, by keyset: the first
     * {@code limit} accounts whose external id sorts after {@code after} (null: from the start). An account
     * added or changed between two pages neither repeats nor skips another.
     *
     * @param limit 1 to 1000 accounts
     */
    public List<AccountInput> listAfter(String after, int limit) {
        return writes.listAfter(currentUser.ownBook(), after, limit);
    }

    /**
     * A page of accounts by position in external-id order, for API clients written before keyset paging: an
     * account added before the position shifts the next page (one repeats); prefer {@link #listAfter}.
     */
    public List<AccountInput> list(int offset, int limit) {
        return writes.list(currentUser.ownBook(), offset, limit);
    }

    /** One page of active accounts matching the query, in the given order. */
    public List<AccountRow> page(AccountQuery query, AccountSort.Order order, int offset, int limit) {
        return accounts.page(scope(query), order, npsSince(), offset, limit);
    }

    /** How many active accounts match the query. */
    public long count(AccountQuery query) {
        return accounts.count(scope(query));
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
                        npsTrend(accountId),
                        details.openIssues(accountId, now),
                        details.contacts(accountId, now)));
    }

    /** The account's quarters from its first NPS answer to this one, gaps kept, each with n and interval. */
    private List<TrendPoint> npsTrend(long accountId) {
        Map<LocalDate, NpsCounts> counts = details.npsByQuarter(accountId);
        if (counts.isEmpty()) {
            return List.of();
        }
        Quarter first = Quarter.of(counts.keySet().iterator().next());
        Quarter current = Quarter.current(clock);
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = first;
                !q.start().isAfter(current.start());
                q = new Quarter(q.start().plusMonths(3))) {
            quarters.add(q);
        }
        return NpsTrends.quarterly(quarters, counts, insight.current());
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

    /**
     * Which accounts the grid lists, naming every filter in force: the account filter, the segment
     * and the name search (see {@link ScopeSentence}).
     */
    public String scopeSentence(AccountQuery query) {
        return ScopeSentence.of(
                currentUser.ownBook() != null,
                filterOptions(),
                scope(query.filter()),
                query.segment() == null ? null : "segment " + query.segment().label(),
                query.nameContains() == null || query.nameContains().isBlank()
                        ? null
                        : "name containing \u201c" + query.nameContains().trim() + "\u201d");
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
