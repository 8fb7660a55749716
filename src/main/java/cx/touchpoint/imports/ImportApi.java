package cx.touchpoint.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * CSV import through the REST API, for a nightly export loaded without a browser: the import page's
 * background import, its options, limits and permission ({@link ImportService}, {@code IMPORT_DATA};
 * account executives only their own book). Kept in the imports feature, beside the page it mirrors.
 */
@RestController
@RequestMapping(path = "/api/v1/imports", produces = "application/json")
@Tag(name = "Imports")
public class ImportApi {

    /** The error report's lines included in a status; the whole report is {@code GET …/problems}. */
    static final int PROBLEMS_SHOWN = 1000;

    /**
     * An import: {@code status} CHECKING or STORING while it runs ({@code progress} 0 to 1 of the current
     * phase), then DONE, REJECTED (nothing stored: see {@code problems}) or FAILED.
     */
    public record ImportStatus(
            long id,
            String kind,
            String fileName,
            String layout,
            ImportJob.Status status,
            boolean running,
            boolean onlyValidRows,
            double progress,
            int rowsRead,
            int rowsInvalid,
            int rowsStored,
            int rowsUnchanged,
            String message,
            String startedBy,
            Instant startedAt,
            Instant finishedAt,
            List<ImportJob.Problem> problems,
            boolean problemsTruncated,
            String problemsCsv) {}

    private final ImportService imports;
    private final ObjectMapper json;

    ImportApi(ImportService imports, ObjectMapper json) {
        this.imports = imports;
        this.json = json;
    }

    @PostMapping(consumes = "multipart/form-data")
    @Requires(Permission.IMPORT_DATA)
    @Operation(
            summary = "Import a CSV file in the background, as the import page does: 202 with the import's"
                    + " status and its Location to poll. A file with any invalid row is refused whole (nothing"
                    + " stored) unless onlyValidRows is true. The column mapping is the one the import page"
                    + " remembered for this header, else the one recognised from the column names; `mapping`"
                    + " changes it. 400 when the file cannot be imported as it is (over "
                    + CsvSource.MAX_COLUMNS + " columns, duplicate column names, a required field without a"
                    + " column), 413 over the upload limit.")
    public ResponseEntity<ImportStatus> start(
            @Parameter(description = "the CSV file (any layout the import page reads)") @RequestPart("file")
                    MultipartFile file,
            @Parameter(description = "accounts, contacts or responses") @RequestParam("kind") String kind,
            @Parameter(description = "true: store the valid rows and report the others")
                    @RequestParam(name = "onlyValidRows", defaultValue = "false")
                    boolean onlyValidRows,
            @Parameter(
                            description = "JSON object, column name → field code (\"\" leaves the column out),"
                                    + " e.g. {\"Kunde\": \"account_external_id\"}")
                    @RequestParam(name = "mapping", required = false)
                    String mapping) {
        ImportKind importKind = kind(kind);
        Map<String, String> byName = mapping(mapping);
        long id;
        try (var content = file.getInputStream()) {
            id = imports.startUpload(content, file.getOriginalFilename(), importKind, byName, onlyValidRows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/imports/" + id))
                .body(status(id));
    }

    @GetMapping("/{id}")
    @Requires(Permission.IMPORT_DATA)
    @Operation(
            summary = "An import's status, progress, row counts, outcome and the first " + PROBLEMS_SHOWN
                    + " lines of its error report; 404 for an import you did not start (admins see all)")
    public ImportStatus status(@PathVariable long id) {
        ImportJob job = imports.job(id).orElseThrow(() -> notFound(id));
        var problems = imports.problems(id, PROBLEMS_SHOWN + 1);
        return new ImportStatus(
                job.id(),
                job.kind().name().toLowerCase(Locale.ROOT),
                job.fileName(),
                job.layout(),
                job.status(),
                job.status().running(),
                job.onlyValidRows(),
                job.progress(),
                job.rowsRead(),
                job.rowsInvalid(),
                job.rowsStored(),
                job.rowsUnchanged(),
                job.message(),
                job.startedBy(),
                job.startedAt(),
                job.finishedAt(),
                problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size())),
                problems.size() > PROBLEMS_SHOWN,
                "/api/v1/imports/" + id + "/problems");
    }

    @GetMapping(path = "/{id}/problems", produces = "text/csv")
    @Requires(Permission.IMPORT_DATA)
    @Operation(summary = "The whole error report as CSV (Row, Column, Value, Problem), as the import page offers it")
    public void problems(@PathVariable long id, HttpServletResponse response) throws IOException {
        imports.job(id).orElseThrow(() -> notFound(id));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + imports.reportFileName(id) + "\"");
        imports.writeReport(id, response.getOutputStream());
    }

    /** 404 as problem details (Spring's own rendering of a status exception). */
    private static ResponseStatusException notFound(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No import " + id + " of yours");
    }

    private static ImportKind kind(String kind) {
        try {
            return ImportKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ImportRefused("kind: \"" + kind + "\" is not accounts, contacts or responses.");
        }
    }

    private Map<String, String> mapping(String mapping) {
        if (mapping == null || mapping.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(mapping, new TypeReference<Map<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new ImportRefused("mapping: not a JSON object of column names to field codes, like"
                    + " {\"Kunde\": \"account_external_id\"}.");
        }
    }

    /**
     * A file refused as it is: 400, nothing stored, nothing kept. (A refusal by permission goes on to the
     * API's security, which answers 403 as problem details.)
     */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail refused(IllegalArgumentException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Import refused");
        return problem;
    }
}
