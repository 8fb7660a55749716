package cx.touchpoint.imports;

import cx.touchpoint.account.AccountService;
import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.base.CsvWriter;
import cx.touchpoint.base.FilterOptions;
import cx.touchpoint.base.FilterOptionsQueries;
import cx.touchpoint.security.CurrentUser;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import cx.touchpoint.security.SignedInUser;
import cx.touchpoint.survey.ExternalResponses;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * CSV import of accounts, contacts and survey responses (admins; account executives for their own
 * book). A file is previewed (its first {@value #PREVIEW_ROWS} rows checked, each problem on its cell),
 * then imported in the background: every row is checked first, and a file with invalid rows is
 * rejected whole, with a row-by-row error report, unless the person explicitly chooses to import only
 * the valid rows. Rows go through the account service and {@code ResponseService.record}, so the same
 * rules hold as everywhere; importing the same file again stores nothing new.
 */
@Service
@Transactional
@Requires(Permission.IMPORT_DATA)
public class ImportService {

    public static final int PREVIEW_ROWS = 20;

    /** How long a refused or failed import counts as needing attention, in days. */
    public static final int ATTENTION_DAYS = 7;
    /** The most columns a file may have (a wider one is refused before any other work). */
    public static final int MAX_COLUMNS = CsvSource.MAX_COLUMNS;
    /** A preview cell shows at most this many characters (the import reads the whole cell). */
    static final int PREVIEW_CELL_CHARS = 200;

    private final ImportJobs jobs;
    private final AccountService accounts;
    private final ExternalResponses responses;
    private final CurrentUser currentUser;
    private final TransactionTemplate transactions;
    private final ImportThreads executor;
    private final Clock clock;
    private final DataSize maxUpload;
    private final ResponseExportQueries exports;
    private final FilterOptionsQueries filterOptions;
    private final UploadStore uploads;

    ImportService(
            ImportJobs jobs,
            AccountService accounts,
            ExternalResponses responses,
            CurrentUser currentUser,
            TransactionTemplate transactions,
            ImportThreads executor,
            Clock clock,
            @Value("${touchpoint.import.max-upload-size:200MB}") DataSize maxUpload,
            ResponseExportQueries exports,
            FilterOptionsQueries filterOptions,
            UploadStore uploads) {
        this.jobs = jobs;
        this.accounts = accounts;
        this.responses = responses;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.executor = executor;
        this.clock = clock;
        this.maxUpload = maxUpload;
        this.exports = exports;
        this.filterOptions = filterOptions;
        this.uploads = uploads;
    }

    /** The export filter's choices; an account executive's list of account executives is just them. */
    public FilterOptions filterOptions() {
        return filterOptions.options(currentUser.ownBook());
    }

    /**
     * Writes the responses of accounts matching the filter (an account executive's own book only) that
     * were given in [from, to) as CSV in Touchpoint's own layout, the one the import reads back: one row
     * per response, four columns per perception cue. UTF-8 with BOM, formulas neutralised.
     *
     * @param from inclusive, null = from the first response
     * @param to exclusive, null = up to now
     */
    @Transactional(readOnly = true)
    public void exportResponses(AccountFilter filter, Instant from, Instant to, OutputStream out) {
        var cueList = cues();
        List<String> cues = cueList.stream().map(FileLayout.Cue::code).toList();
        var header = ImportKind.RESPONSES.fields(cueList).stream()
                .map(ImportField::code)
                .toArray(String[]::new);
        try (var csv = CsvWriter.open(out, header)) {
            exports.each(currentUser.scope(filter), from, to, r -> {
                List<Object> cells = new ArrayList<>(List.of(
                        r.responseId(),
                        r.accountExternalId(),
                        nullToEmpty(r.contactEmail()),
                        r.pattern(),
                        nullToEmpty(r.touchPoint()),
                        r.respondedAt().toString()));
                cells.add(r.nps());
                cells.add(r.comment());
                for (String cue : cues) {
                    String[] a = r.answers().get(cue);
                    for (int i = 0; i < 4; i++) {
                        cells.add(a == null || a[i].isEmpty() ? null : new java.math.BigDecimal(a[i]));
                    }
                }
                csv.row(cells.toArray());
            });
        }
    }

    public String exportFileName() {
        return "responses-" + java.time.LocalDate.now(clock) + ".csv";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The largest file an upload may have, in bytes ({@code touchpoint.import.max-upload-size}). */
    public long maxUploadBytes() {
        return maxUpload.toBytes();
    }

    /** The most a person's uploads may take at once, in bytes ({@code touchpoint.import.max-stored-per-user}). */
    public long maxStoredPerUser() {
        return uploads.maxPerUser();
    }

    /**
     * Keeps an uploaded file for preview and import, as the signed-in user's. It is deleted when its import
     * ends, when it is {@link #discard discarded} or refused, when {@code session} ends, and at start-up.
     *
     * @param content the file's bytes, read to the end
     * @param session the HTTP session id of the page it was uploaded on
     * @return the stored file, to pass to {@link #preview} and {@link #start}; no database connection is
     *     held while a slow upload arrives
     * @throws ImportRefused when the file is larger than {@link #maxUploadBytes()} or the user's uploads would
     *     take more than {@link #maxStoredPerUser()}; nothing is kept then
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public Path receive(InputStream content, String session) {
        return uploads.store(mayImport().id(), content, maxUpload.toBytes(), session);
    }

    /**
     * Deletes an upload that will not be imported (discarded, replaced, its page left). Needs no permission:
     * it also runs when a session ends, with nobody signed in, and it touches only files of the upload store.
     */
    @Requires(Permission.UNRESTRICTED)
    public void discard(Path file) {
        if (file != null) {
            uploads.delete(file);
        }
    }

    /** The company time zone, in which times without an offset are read and import times shown. */
    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    /** The fields a column of this kind of file can be mapped to. */
    public List<ImportField> fields(ImportKind kind) {
        return kind.fields(cues());
    }

    /**
     * Reads the header and the first rows of the file and checks them, storing nothing.
     *
     * @param mapping column index → field code chosen by the person; null = the mapping remembered for
     *     this header, else the one recognised from the column names
     */
    public ImportPreview preview(Path file, ImportKind kind, Map<Integer, String> mapping) {
        mayImport();
        try {
            ImportPlan plan = plan(file, file.getFileName().toString(), kind, mapping);
            List<ImportPreview.Row> rows = new ArrayList<>();
            if (plan.missing().isEmpty()) {
                var handler = handler(plan);
                read(plan, PREVIEW_ROWS, record -> {
                    var checked = transactions.execute(s -> handler.check(record));
                    rows.add(previewRow(record, checked.row()));
                });
            } else {
                read(plan, PREVIEW_ROWS, record -> rows.add(previewRow(record, null)));
            }
            return new ImportPreview(
                    kind,
                    plan.layout().layout().label,
                    plan.dialect().describe(),
                    plan.layout().labels(),
                    plan.mapping(),
                    plan.fields(),
                    plan.missing(),
                    notices(plan, rows),
                    ImportNotes.duplicates(plan.layout(), plan.mapping()),
                    rows);
        } catch (IllegalArgumentException refused) {
            // a file that cannot be read is of no use to anyone: it is not kept
            uploads.delete(file);
            throw refused;
        }
    }

    /**
     * Starts importing the file in the background and returns the job's id at once; the file is
     * deleted when the import ends. The mapping is remembered for the next file with this header.
     *
     * @param onlyValidRows false: any invalid row rejects the whole file; true: valid rows are stored
     *     and invalid ones listed in the error report
     * @throws IllegalArgumentException when a required field has no column
     */
    public long start(
            Path file, String fileName, ImportKind kind, Map<Integer, String> mapping, boolean onlyValidRows) {
        SignedInUser user = mayImport();
        ImportPlan plan = plan(file, fileName, kind, mapping);
        if (!plan.missing().isEmpty()) {
            throw new ImportRefused("Map a column to: "
                    + String.join(
                            ", ",
                            plan.missing().stream().map(ImportField::label).toList())
                    + ". " + String.join(" ", ImportNotes.duplicates(plan.layout(), plan.mapping())));
        }
        long id = transactions.execute(s -> {
            jobs.saveMapping(plan.layout().signature(), kind, plan.mapping());
            return jobs.create(
                    kind,
                    ImportNotes.fileName(fileName),
                    plan.layout().layout().name(),
                    onlyValidRows,
                    size(file),
                    user.id(),
                    clock.instant());
        });
        uploads.handOver(file);
        var run = new ImportRun(plan, onlyValidRows, handler(plan), journal(id), transactions);
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                run.run();
            } finally {
                uploads.delete(file);
            }
        }));
        return id;
    }

    /**
     * Starts importing a file that comes with its request (the REST API): as {@link #receive} and {@link
     * #start} together, with the mapping the import page remembered for files with this header, else the
     * one recognised from the column names, changed by {@code mappingByName}. The file is deleted when the
     * import ends or when it is refused.
     *
     * @param mappingByName column name (as in the header's first row) → field code; a field code of "" leaves
     *     the column out; null or empty = no change
     * @throws ImportRefused when the file cannot be imported as it is (too large or wide, duplicate column
     *     names the mapping does not decide, a required field without a column, a column or field unknown)
     */
    public long startUpload(
            InputStream content,
            String fileName,
            ImportKind kind,
            Map<String, String> mappingByName,
            boolean onlyValidRows) {
        Path file = uploads.store(mayImport().id(), content, maxUpload.toBytes(), null);
        try {
            ImportPlan guessed = plan(file, fileName, kind, null);
            Map<Integer, String> mapping = ImportNotes.byName(guessed, mappingByName);
            return start(file, fileName, kind, mapping, onlyValidRows);
        } catch (RuntimeException refused) {
            uploads.delete(file);
            throw refused;
        }
    }

    /** The import, if the user may see it (admins every import, account executives their own). */
    public Optional<ImportJob> job(long id) {
        return visible(id) ? jobs.job(id) : Optional.empty();
    }

    /** The latest imports the user may see, newest first. */
    public List<ImportJob> recent() {
        return recent(false);
    }

    /**
     * The latest imports the user may see, newest first; {@code attentionOnly}: only those refused or failed
     * in the last {@value #ATTENTION_DAYS} days.
     */
    public List<ImportJob> recent(boolean attentionOnly) {
        SignedInUser user = mayImport();
        return jobs.recent(
                currentUser.may(Permission.ADMINISTER) ? null : user.id(), attentionOnly, clock.instant(), 10);
    }

    /**
     * How many imports the user may see were refused or failed in the last {@value #ATTENTION_DAYS} days (admins:
     * everyone's, account executives: their own).
     */
    public long needingAttention() {
        SignedInUser user = mayImport();
        return jobs.needingAttention(currentUser.may(Permission.ADMINISTER) ? null : user.id(), clock.instant());
    }

    /** The error report as CSV: one line per problem (row, column, value, problem). */
    public void writeReport(long jobId, OutputStream out) {
        if (!visible(jobId)) {
            throw new AccessDeniedException("No such import");
        }
        try (var csv = CsvWriter.open(out, "Row", "Column", "Value", "Problem")) {
            jobs.problems(jobId, p -> csv.row(p.row(), p.columnName(), p.value(), p.message()));
        }
    }

    /**
     * The first {@code limit} lines of the error report, in row order (the whole report: {@link
     * #writeReport}); empty for an import the user may not see.
     */
    @Transactional(readOnly = true)
    public List<ImportJob.Problem> problems(long jobId, int limit) {
        return visible(jobId) ? jobs.problems(jobId, Math.max(0, limit)) : List.of();
    }

    public String reportFileName(long jobId) {
        return "import-" + jobId + "-problems.csv";
    }

    /** An import cut off by a restart is marked failed, so nobody waits for it. */
    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedImports() {
        transactions.executeWithoutResult(s -> jobs.failInterrupted(clock.instant()));
    }

    /** The run needs the job's rows through this service's repository. */
    private ImportRun.Journal journal(long id) {
        return new ImportRun.Journal() {
            @Override
            public void progress(List<ImportRow.Problem> problems, ImportJob.Status status, long bytes, int[] counts) {
                transactions.executeWithoutResult(s -> {
                    jobs.addProblems(id, problems);
                    jobs.progress(id, status, bytes, counts[0], counts[1], counts[2], counts[3]);
                });
            }

            @Override
            public void finish(ImportJob.Status status, String message, int[] counts) {
                transactions.executeWithoutResult(s -> {
                    jobs.finish(id, status, message, clock.instant());
                    jobs.progress(id, status, 0, counts[0], counts[1], counts[2], counts[3]);
                });
            }
        };
    }

    private ImportPlan plan(Path file, String fileName, ImportKind kind, Map<Integer, String> chosen) {
        var cueList = cues();
        List<String> cues = cueList.stream().map(FileLayout.Cue::code).toList();
        List<ImportField> fields = kind.fields(cueList);
        try {
            var dialect = CsvSource.dialect(file);
            List<CSVRecord> first;
            try (var opened = CsvSource.open(file, dialect)) {
                first = opened.records().limit(3).toList();
            }
            FileLayout layout = FileLayout.detect(first, fields);
            Map<Integer, String> mapping = chosen;
            if (mapping == null) {
                mapping = transactions.execute(s -> jobs.mapping(layout.signature(), kind));
            }
            if (mapping.isEmpty()) {
                mapping = layout.guessMapping(fields, cueList);
            }
            var known = fields.stream().map(ImportField::code).toList();
            Map<Integer, String> clean = new LinkedHashMap<>();
            mapping.forEach((column, field) -> {
                if (field != null
                        && known.contains(field)
                        && column < layout.keys().size()
                        && !clean.containsValue(field)) {
                    clean.put(column, field);
                }
            });
            return new ImportPlan(file, fileName, kind, dialect, layout, clean, fields, cues);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("The file cannot be read as CSV: " + e.getMessage(), e);
        }
    }

    private void read(ImportPlan plan, int limit, java.util.function.Consumer<CSVRecord> each) {
        try (var opened = CsvSource.open(plan.file(), plan.dialect())) {
            int n = 0;
            for (CSVRecord record : opened.dataRows(plan.layout().headerRows())) {
                each.accept(record);
                if (++n == limit) break;
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("The file cannot be read as CSV: " + e.getMessage(), e);
        }
    }

    private List<String> notices(ImportPlan plan, List<ImportPreview.Row> rows) {
        List<String> notices = new ArrayList<>(ImportNotes.notices(plan.layout(), plan.mapping(), zone()));
        if (plan.kind() == ImportKind.RESPONSES) {
            notices.addAll(ImportNotes.noAnswers(
                    plan.layout(),
                    plan.mapping(),
                    rows.stream().map(ImportPreview.Row::cells).toList()));
        }
        return notices;
    }

    private static ImportPreview.Row previewRow(CSVRecord record, ImportRow row) {
        Map<Integer, String> cells = new LinkedHashMap<>();
        List<String> rowProblems = new ArrayList<>();
        List<String> texts = record.stream()
                .map(t -> t.length() > PREVIEW_CELL_CHARS ? t.substring(0, PREVIEW_CELL_CHARS - 1) + "…" : t)
                .toList();
        if (row == null) {
            return new ImportPreview.Row(record.getRecordNumber(), texts, cells, rowProblems);
        }
        for (var p : row.problems()) {
            if (p.column() >= 0) {
                cells.merge(p.column(), p.message(), (a, b) -> a + "; " + b);
            } else {
                rowProblems.add((p.columnName().isEmpty() ? "" : p.columnName() + ": ") + p.message());
            }
        }
        return new ImportPreview.Row(record.getRecordNumber(), texts, cells, rowProblems);
    }

    private RowHandler handler(ImportPlan plan) {
        return new RowHandler(plan, accounts, responses, clock.getZone());
    }

    private List<FileLayout.Cue> cues() {
        return transactions.execute(s -> jobs.cues());
    }

    private boolean visible(long jobId) {
        SignedInUser user = mayImport();
        Long owner = transactions.execute(s -> jobs.startedBy(jobId));
        return owner != null && (currentUser.may(Permission.ADMINISTER) || owner == user.id());
    }

    /**
     * The signed-in user, who holds {@link Permission#IMPORT_DATA} (checked again here because the import
     * itself runs on a background thread); their book limits the rows they may write.
     */
    private SignedInUser mayImport() {
        SignedInUser user = currentUser.require();
        if (!currentUser.may(Permission.IMPORT_DATA)) {
            throw new AccessDeniedException("Only admins and account executives import data");
        }
        return user;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
