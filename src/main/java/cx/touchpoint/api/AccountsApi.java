package cx.touchpoint.api;

import cx.touchpoint.account.AccountInput;
import cx.touchpoint.account.AccountService;
import cx.touchpoint.account.ContactInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

/** Accounts and their contacts by external id; account executives see and write only their own book. */
@RestController
@RequestMapping(path = "/api/v1/accounts", produces = "application/json")
@Tag(name = "Accounts")
class AccountsApi {

    /** A contact as posted: the account comes from the path. */
    record ContactBody(String name, String email, String role) {}

    private final AccountService accounts;

    AccountsApi(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "Accounts of your book (all accounts for other roles), by external id")
    List<AccountInput> list(
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
        return accounts.list(Math.max(0, offset), Math.min(Math.max(1, limit), 1000));
    }

    @GetMapping("/{externalId}")
    @Operation(summary = "One account; 404 when it does not exist or is not in your book")
    AccountInput get(@PathVariable String externalId) {
        return accounts.byExternalId(externalId).orElseThrow(() -> notFound(externalId));
    }

    @PostMapping(consumes = "application/json")
    @Operation(
            summary = "Create an account (reference data by name: vertical market, location's country,"
                    + " service platform, account executive's username); 409 if the external id exists")
    ResponseEntity<AccountInput> create(@RequestBody AccountInput account) {
        if (account.externalId() != null
                && accounts.byExternalId(account.externalId()).isPresent()) {
            throw new ApiProblems.ApiConflict("Account " + account.externalId() + " exists: change it with PUT");
        }
        accounts.save(account, accounts.references());
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + account.externalId()))
                .body(get(account.externalId()));
    }

    @PutMapping(path = "/{externalId}", consumes = "application/json")
    @Operation(summary = "Create or change the account with this external id")
    AccountInput put(@PathVariable String externalId, @RequestBody AccountInput account) {
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
        return get(externalId);
    }

    @PostMapping(path = "/{externalId}/contacts", consumes = "application/json")
    @Operation(summary = "Add (or update, by email) a contact of the account")
    ResponseEntity<ContactInput> contact(@PathVariable String externalId, @RequestBody ContactBody body) {
        get(externalId);
        var contact = new ContactInput(externalId, body.name(), body.email(), body.role());
        accounts.saveContact(contact);
        return ResponseEntity.status(201).body(contact);
    }

    private static NoSuchElementException notFound(String externalId) {
        return new NoSuchElementException("No account " + externalId + " in your book");
    }
}
