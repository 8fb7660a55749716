package cx.touchpoint.imports;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One import, run in the background: first every row is checked (nothing stored); a file with invalid
 * rows is rejected whole unless the person chose to import only the valid rows; then the valid rows
 * are stored in transactions of {@value #BATCH} rows. The file is streamed twice, never held in memory.
 */
final class ImportRun {

    static final int BATCH = 500;
    /** The outcome names at most this many rows with damaged identifiers (the error report has all). */
    static final int DAMAGED_NAMED = 20;

    /** Where the run writes its progress, problems and outcome (the job's rows). */
    interface Journal {
        void progress(List<ImportRow.Problem> problems, ImportJob.Status status, long bytes, int[] counts);

        void finish(ImportJob.Status status, String message, int[] counts);
    }

    private final ImportPlan plan;
    private final boolean onlyValid;
    private final RowHandler rows;
    private final Journal journal;
    private final TransactionTemplate transactions;
    private int read, invalid, stored, unchanged, problemsKept;
    /** Rows whose identifiers Excel turned into scientific notation: named in the outcome, never merged. */
    private final List<Long> damagedRows = new ArrayList<>();

    private int damaged;

    ImportRun(ImportPlan plan, boolean onlyValid, RowHandler rows, Journal journal, TransactionTemplate transactions) {
        this.plan = plan;
        this.onlyValid = onlyValid;
        this.rows = rows;
        this.journal = journal;
        this.transactions = transactions;
    }

    void run() {
        try {
            check();
            if (read == 0) {
                finish(ImportJob.Status.FAILED, "The file has no data rows below its header.");
            } else if (invalid > 0 && !onlyValid) {
                finish(
                        ImportJob.Status.REJECTED,
                        invalid + " of " + read + " rows have problems, so nothing was"
                                + " stored." + damagedNote() + " Download the error report, correct the file and import"
                                + " it again, or import only the valid rows.");
            } else {
                store();
                finish(
                        ImportJob.Status.DONE,
                        stored + " rows stored, " + unchanged + " already there unchanged"
                                + (invalid > 0 ? ", " + invalid + " invalid rows left out (see the error report)" : "")
                                + "." + damagedNote());
            }
        } catch (Exception e) {
            finish(
                    ImportJob.Status.FAILED,
                    "The import stopped: " + e.getMessage()
                            + ". Rows stored before stay stored; importing the file again duplicates nothing.");
        }
    }

    private void check() throws Exception {
        try (var file = CsvSource.open(plan.file(), plan.dialect())) {
            List<ImportRow.Problem> problems = new ArrayList<>();
            List<CSVRecord> records = new ArrayList<>(BATCH);
            for (CSVRecord record : file.dataRows(plan.layout().headerRows())) {
                read++;
                records.add(record);
                if (records.size() == BATCH) {
                    countInvalid(checkAll(records), problems);
                    flush(problems, ImportJob.Status.CHECKING, file.counter().count());
                }
            }
            countInvalid(checkAll(records), problems);
            flush(problems, ImportJob.Status.CHECKING, file.counter().count());
        }
    }

    private void countInvalid(List<RowHandler.Checked> checked, List<ImportRow.Problem> problems) {
        for (var row : checked) {
            if (row.row().damagedIdentifier() && damaged++ < DAMAGED_NAMED) {
                damagedRows.add(row.row().number());
            }
            if (!row.valid()) {
                invalid++;
                keep(problems, row.row().problems());
            }
        }
    }

    /**
     * Checks up to {@value #BATCH} rows in one read-only transaction (not one each: at a million rows the
     * transactions alone cost minutes), and empties the list.
     */
    private List<RowHandler.Checked> checkAll(List<CSVRecord> records) {
        List<RowHandler.Checked> checked = records.isEmpty()
                ? List.of()
                : transactions.execute(
                        status -> records.stream().map(rows::check).toList());
        records.clear();
        return checked;
    }

    private void store() throws Exception {
        try (var file = CsvSource.open(plan.file(), plan.dialect())) {
            List<CSVRecord> records = new ArrayList<>(BATCH);
            List<ImportRow.Problem> problems = new ArrayList<>();
            for (CSVRecord record : file.dataRows(plan.layout().headerRows())) {
                records.add(record);
                if (records.size() == BATCH) {
                    storeBatch(new ArrayList<>(checkAll(records)), problems);
                    flush(problems, ImportJob.Status.STORING, file.counter().count());
                }
            }
            storeBatch(new ArrayList<>(checkAll(records)), problems);
            flush(problems, ImportJob.Status.STORING, file.counter().count());
        }
    }

    /** One transaction per batch; if it fails, row by row, so one bad row costs only itself. */
    private void storeBatch(List<RowHandler.Checked> batch, List<ImportRow.Problem> problems) {
        var valid = batch.stream().filter(RowHandler.Checked::valid).toList();
        batch.clear();
        try {
            int[] counts = transactions.execute(status -> {
                int changed = 0;
                for (var row : valid) {
                    changed += rows.store(row.value()) ? 1 : 0;
                }
                return new int[] {changed, valid.size() - changed};
            });
            stored += counts[0];
            unchanged += counts[1];
        } catch (RuntimeException batchFailed) {
            for (var row : valid) {
                try {
                    boolean changed = Boolean.TRUE.equals(transactions.execute(status -> rows.store(row.value())));
                    stored += changed ? 1 : 0;
                    unchanged += changed ? 0 : 1;
                } catch (RuntimeException e) {
                    invalid++;
                    keep(
                            problems,
                            List.of(new ImportRow.Problem(
                                    row.row().number(), -1, "", "", "could not be stored: " + e.getMessage())));
                }
            }
        }
    }

    /** Names the rows whose identifiers Excel damaged, or nothing when there are none. */
    private String damagedNote() {
        if (damaged == 0) {
            return "";
        }
        String rows = damagedRows.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        return " Row" + (damaged == 1 ? " " : "s ") + rows
                + (damaged > DAMAGED_NAMED ? " and " + (damaged - DAMAGED_NAMED) + " more" : "")
                + " hold identifiers Excel turned into scientific notation (like 1.14353E+11),"
                + " which would merge different respondents or accounts; they were not imported.";
    }

    private void keep(List<ImportRow.Problem> kept, List<ImportRow.Problem> problems) {
        for (var p : problems) {
            if (problemsKept++ < ImportJobs.PROBLEMS_KEPT) {
                kept.add(p);
            }
        }
    }

    private void flush(List<ImportRow.Problem> problems, ImportJob.Status status, long bytes) {
        journal.progress(problems, status, bytes, counts());
        problems.clear();
    }

    private void finish(ImportJob.Status status, String message) {
        journal.finish(status, message, counts());
    }

    private int[] counts() {
        return new int[] {read, invalid, stored, unchanged};
    }
}
