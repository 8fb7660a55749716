package cx.touchpoint.imports;

import cx.touchpoint.account.AccountInput;
import cx.touchpoint.account.AccountReferences;
import cx.touchpoint.account.AccountService;
import cx.touchpoint.account.ContactInput;
import cx.touchpoint.base.FieldProblem;
import cx.touchpoint.survey.ExternalResponses;
import cx.touchpoint.survey.NewResponse;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks and stores the rows of one import: reads a row through the mapping, asks the account or
 * response service for every problem (the same rules as the API), and stores a valid row through that
 * service. Rows that are already stored unchanged count as unchanged, never twice.
 */
final class RowHandler {

    /** A checked row: its problems, and what to store when there are none. */
    record Checked(ImportRow row, Object value) {
        boolean valid() {
            return row.problems().isEmpty();
        }
    }

    private final ImportPlan plan;
    private final AccountService accounts;
    private final ExternalResponses responses;
    private final AccountReferences references;
    private final RowConverter converter;
    private final Cells cells;
    private final Map<String, Integer> columnOf;
    private final Map<Integer, ZoneId> zones = new java.util.HashMap<>();

    RowHandler(ImportPlan plan, AccountService accounts, ExternalResponses responses, ZoneId zone) {
        this.plan = plan;
        this.accounts = accounts;
        this.responses = responses;
        this.references = plan.kind() == ImportKind.ACCOUNTS ? accounts.references() : null;
        this.converter = new RowConverter(plan.cueCodes());
        this.cells = new Cells(plan.dialect().decimalComma(), zone);
        this.columnOf = plan.columnOf();
        columnOf.values().forEach(column -> {
            ZoneId stated = plan.layout().zoneOf(column);
            if (stated != null) {
                zones.put(column, stated);
            }
        });
    }

    Checked check(CSVRecord record) {
        var row = new ImportRow(record, columnOf, plan.layout().labels(), cells, zones);
        return switch (plan.kind()) {
            case ACCOUNTS -> {
                AccountInput account = converter.account(row);
                addServiceProblems(row, accounts.problems(account, references), List.of());
                yield new Checked(row, account);
            }
            case CONTACTS -> {
                ContactInput contact = converter.contact(row);
                addServiceProblems(row, accounts.problems(contact), List.of());
                yield new Checked(row, contact);
            }
            case RESPONSES -> {
                var response = converter.response(row);
                addServiceProblems(row, responses.problems(response.response()), response.answerCues());
                yield new Checked(row, response.response());
            }
        };
    }

    /** Stores a valid row; whether it changed anything (false: it was stored already). */
    boolean store(Object value) {
        return switch (plan.kind()) {
            case ACCOUNTS -> accounts.save((AccountInput) value, references);
            case CONTACTS -> accounts.saveContact((ContactInput) value);
            case RESPONSES -> !responses
                    .record((cx.touchpoint.survey.ExternalResponse) value, NewResponse.Channel.IMPORT)
                    .duplicate();
        };
    }

    /** The service's problems, except on a column the row already has a problem with (unreadable cell). */
    private void addServiceProblems(ImportRow row, List<FieldProblem> problems, List<String> answerCues) {
        Set<String> unreadable = new HashSet<>();
        row.problems().forEach(p -> unreadable.add(p.columnName()));
        var fields = plan.fields();
        for (FieldProblem p : problems) {
            String field = RowConverter.columnField(p.field(), fields, answerCues);
            Integer column = columnOf.get(field);
            String name = column == null ? field : plan.layout().labels().get(column);
            if (!unreadable.contains(name)) {
                row.add(field, p.value(), p.message());
            }
        }
    }
}
