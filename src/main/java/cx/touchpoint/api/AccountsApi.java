package cx.touchpoint.api;

import cx.touchpoint.account.AccountInput;
import cx.touchpoint.account.AccountService;
import cx.touchpoint.account.ContactInput;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts and their contacts by external id. Reading needs what the accounts screen needs ({@link
 * Permission#READ_ACCOUNTS}), writing what the import needs ({@link Permission#IMPORT_DATA}); account
 * executives read and write only their own book.
 */
@RestController
@RequestMapping(path = "/api/v1/accounts", produces = "application/json")
@Tag(name = "Accounts")
public class AccountsApi {

    static final int MAX_LIMIT = 1000;

    /** A contact as posted: the account comes from the path. */
    record ContactBody(String name, String email, String role) {}

    private final AccountService accounts;

    AccountsApi(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Requires(Permission.READ_ACCOUNTS)
    @Operation(
            summary = "Accounts of your book (all accounts for executives and team leads) in external-id order,"
                    + " paged by key: pass the last external id as `after`; `Link: <…>; rel=\"next\"` gives the"
                    + " next page while there is one. Executives, account executives, team leads (else 403)")
    public ResponseEntity<List<AccountInput>> list(
            @Parameter(description = "the external id of the last account of the previous page")
                    @RequestParam(required = false)
                    String after,
            @Parameter(
                            description = "deprecated, for clients before keyset paging: skip this many; an account"
                                    + " added before the position between two calls repeats one on the next page")
                    @RequestParam(required = false)
                    Integer offset,
            @Parameter(description = "1 to 1000") @RequestParam(defaultValue = "100") int limit,
            HttpServletRequest request) {
        int n = KeysetPage.limit(limit, MAX_LIMIT);
        if (offset != null && after == null) {
            return ResponseEntity.ok(accounts.list(Math.max(0, offset), n));
        }
        return KeysetPage.of(accounts.listAfter(after, n + 1), n, AccountInput::externalId, request);
    }

    @GetMapping("/{externalId}")
    @Requires(Permission.READ_ACCOUNTS)
    @Operation(summary = "One account; 404 when it does not exist or is not in your book. Roles as for the list")
    public AccountInput get(@PathVariable String externalId) {
        return accounts.byExternalId(externalId).orElseThrow(() -> notFound(externalId));
    }

    @PostMapping(consumes = "application/json")
    @Requires(Permission.IMPORT_DATA)
    @Operation(
            summary = "Create an account (reference data by name: vertical market, location's country,"
                    + " service platform, account executive's username); 409 if the external id exists."
                    + " Admins and account executives (own book)")
    public ResponseEntity<AccountInput> create(@RequestBody AccountInput account) {
        if (account.externalId() != null
                && accounts.written(account.externalId()).isPresent()) {
            throw new ApiProblems.ApiConflict("Account " + account.externalId() + " exists: change it with PUT");
        }
        accounts.save(account, accounts.references());
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + account.externalId()))
                .body(written(account.externalId()));
    }

    @PutMapping(path = "/{externalId}", consumes = "application/json")
    @Requires(Permission.IMPORT_DATA)
    @Operation(summary = "Create or change the account with this external id. Admins and account executives")
    public AccountInput put(@PathVariable String externalId, @RequestBody AccountInput account) {
        var withId = new AccountInput(
                externalId,
                account.name(),
                account.verticalMarket(),
                account.location(),
                account.servicePlatform(),
                account.accountExecutive(),
                account.revenue(),
                account.potentialRevenue(),
                account.status(),
                account.defectedOn());
        accounts.save(withId, accounts.references());
        return written(externalId);
    }

    @PostMapping(path = "/{externalId}/contacts", consumes = "application/json")
    @Requires(Permission.IMPORT_DATA)
    @Operation(
            summary =
                    "Add (or update, by email) a contact of the account. Admins and account executives" + " (own book)")
    public ResponseEntity<ContactInput> contact(@PathVariable String externalId, @RequestBody ContactBody body) {
        written(externalId);
        var contact = new ContactInput(externalId, body.name(), body.email(), body.role());
        accounts.saveContact(contact);
        return ResponseEntity.status(201).body(contact);
    }

    private AccountInput written(String externalId) {
        return accounts.written(externalId).orElseThrow(() -> notFound(externalId));
    }

    private static NoSuchElementException notFound(String externalId) {
        return new NoSuchElementException("No account " + externalId + " in your book");
    }
}
