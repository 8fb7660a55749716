package cx.touchpoint.account;

import cx.touchpoint.base.FieldProblem;
import cx.touchpoint.base.SingleLine;
import cx.touchpoint.security.CurrentUser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Every rule an account or contact from outside (CSV, API) must meet, with the field it concerns. */
@Component
class AccountChecks {

    static final List<String> STATUSES = List.of("ACTIVE", "DEFECTED");

    private final AccountWrites writes;
    private final CurrentUser currentUser;

    AccountChecks(AccountWrites writes, CurrentUser currentUser) {
        this.writes = writes;
        this.currentUser = currentUser;
    }

    List<FieldProblem> problems(AccountInput in, AccountReferences refs) {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(in.externalId())) {
            problems.add(new FieldProblem("externalId", in.externalId(), "is required"));
        } else if (in.externalId().length() > AccountInput.EXTERNAL_ID_MAX) {
            problems.add(new FieldProblem(
                    "externalId", in.externalId(), "has more than " + AccountInput.EXTERNAL_ID_MAX + " characters"));
        }
        if (blank(in.name())) {
            problems.add(new FieldProblem("name", in.name(), "is required"));
        } else if (in.name().length() < AccountInput.NAME_MIN || in.name().length() > AccountInput.NAME_MAX) {
            problems.add(new FieldProblem(
                    "name",
                    in.name(),
                    "must have " + AccountInput.NAME_MIN + " to " + AccountInput.NAME_MAX + " characters"));
        } else if (SingleLine.Check.refuses(in.name())) {
            problems.add(new FieldProblem("name", in.name(), SingleLine.MESSAGE));
        } else if (!blank(in.externalId())) {
            writes.nameTakenBy(in.name(), in.externalId())
                    .ifPresent(other -> problems.add(
                            new FieldProblem("name", in.name(), inUse(other, "is already the name of account "))));
        }
        reference(problems, "verticalMarket", in.verticalMarket(), refs.verticalMarkets(), "vertical market");
        reference(problems, "location", in.location(), refs.locations(), "location (country)");
        reference(problems, "servicePlatform", in.servicePlatform(), refs.servicePlatforms(), "service platform");
        reference(problems, "accountExecutive", in.accountExecutive(), refs.accountExecutives(), "account executive");
        money(problems, "revenue", in.revenue());
        money(problems, "potentialRevenue", in.potentialRevenue());
        String status = status(in);
        if (!STATUSES.contains(status)) {
            problems.add(new FieldProblem("status", in.status(), "must be ACTIVE or DEFECTED"));
        } else if (status.equals("DEFECTED") != (in.defectedOn() != null)) {
            problems.add(new FieldProblem(
                    "defectedOn",
                    in.defectedOn() == null ? "" : in.defectedOn().toString(),
                    status.equals("DEFECTED")
                            ? "is required for a defected account"
                            : "is only for a defected account"));
        }
        String book = bookProblem(in, refs);
        if (book != null) {
            problems.add(new FieldProblem("accountExecutive", in.accountExecutive(), book));
        }
        return problems;
    }

    /** Why the signed-in user may not write this account, or null when they may. */
    String bookProblem(AccountInput in, AccountReferences refs) {
        Long executive = AccountReferences.find(refs.accountExecutives(), in.accountExecutive());
        if (executive != null && !currentUser.seesBookOf(executive)) {
            return "is not you: an account executive adds and changes only accounts of their own book";
        }
        if (!blank(in.externalId())) {
            var stored = writes.byExternalId(in.externalId());
            if (stored.isPresent() && !currentUser.seesBookOf(stored.get().accountExecutiveId())) {
                return "account " + in.externalId() + " is not in your book";
            }
        }
        return null;
    }

    List<FieldProblem> problems(ContactInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        var account = blank(in.accountExternalId())
                ? null
                : writes.byExternalId(in.accountExternalId()).orElse(null);
        if (account == null || !currentUser.seesBookOf(account.accountExecutiveId())) {
            problems.add(new FieldProblem(
                    "accountExternalId",
                    in.accountExternalId(),
                    blank(in.accountExternalId()) ? "is required" : "names no account (of your book)"));
        }
        if (blank(in.name())
                || in.name().length() < ContactInput.NAME_MIN
                || in.name().length() > ContactInput.NAME_MAX) {
            problems.add(new FieldProblem(
                    "name",
                    in.name(),
                    "must have " + ContactInput.NAME_MIN + " to " + ContactInput.NAME_MAX + " characters"));
        } else if (SingleLine.Check.refuses(in.name())) {
            problems.add(new FieldProblem("name", in.name(), SingleLine.MESSAGE));
        }
        if (blank(in.email()) || !in.email().matches(ContactInput.EMAIL_PATTERN)) {
            problems.add(new FieldProblem("email", in.email(), "is not an email address"));
        } else if (account != null) {
            writes.contactAccount(in.email())
                    .filter(owner -> !owner.equals(account.externalId()))
                    .ifPresent(owner -> problems.add(
                            new FieldProblem("email", in.email(), inUse(owner, "is already a contact of account "))));
        }
        if (in.role().length() > ContactInput.ROLE_MAX) {
            problems.add(new FieldProblem("role", in.role(), "has more than " + ContactInput.ROLE_MAX + " characters"));
        }
        return problems;
    }

    /**
     * A value another account holds: named ({@code saying} + its id) only when the signed-in user sees that account's
     * book, else just "is already in use" (issue #19 finding 12: the message named accounts of other books).
     */
    private String inUse(String otherExternalId, String saying) {
        boolean visible = writes.byExternalId(otherExternalId)
                .map(other -> currentUser.seesBookOf(other.accountExecutiveId()))
                .orElse(false);
        return visible ? saying + otherExternalId : "is already in use";
    }

    static String status(AccountInput in) {
        return in.status() == null || in.status().isEmpty()
                ? "ACTIVE"
                : in.status().toUpperCase(Locale.ROOT);
    }

    private static void reference(
            List<FieldProblem> problems, String field, String name, java.util.Map<String, Long> known, String what) {
        if (blank(name)) {
            problems.add(new FieldProblem(field, name, "is required"));
        } else if (AccountReferences.find(known, name) == null) {
            problems.add(new FieldProblem(field, name, "is not a known " + what));
        }
    }

    private static void money(List<FieldProblem> problems, String field, BigDecimal value) {
        if (value == null) {
            problems.add(new FieldProblem(field, "", "is required"));
        } else if (value.signum() < 0
                || value.compareTo(AccountInput.REVENUE_MAX) > 0
                || value.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem(
                    field,
                    value.toPlainString(),
                    "must be 0 to " + AccountInput.REVENUE_MAX.toPlainString() + " with at most 2 decimals"));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isEmpty();
    }
}
