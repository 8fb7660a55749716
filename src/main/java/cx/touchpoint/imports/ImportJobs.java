package cx.touchpoint.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Import jobs, their problems (the error report) and remembered column mappings. */
@Repository
class ImportJobs {

    /** At most this many problems are kept per import (a wrong file would otherwise fill the table). */
    static final int PROBLEMS_KEPT = 100_000;

    private static final String SELECT =
            """
            select j.id, j.kind, j.file_name, j.layout, j.status, j.only_valid_rows,
            j.file_bytes, j.bytes_done, j.rows_read, j.rows_invalid, j.rows_stored, j.rows_unchanged, j.message,
            u.username as started_by, j.started_at, j.finished_at from import_job j
            join app_user u on u.id = j.started_by
            """;

    private final JdbcClient jdbc;

    ImportJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(
            ImportKind kind, String fileName, String layout, boolean onlyValid, long bytes, long userId, Instant at) {
        return jdbc.sql(
                        """
                insert into import_job (kind, file_name, layout, status, only_valid_rows, file_bytes,
                started_by, started_at) values (:k, :f, :l, 'CHECKING', :o, :b, :u, :at) returning id
                """)
                .param("k", kind.name())
                .param("f", fileName)
                .param("l", layout)
                .param("o", onlyValid)
                .param("b", bytes)
                .param("u", userId)
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    void progress(long id, ImportJob.Status status, long bytesDone, int read, int invalid, int stored, int unchanged) {
        jdbc.sql(
                        """
                update import_job set status = :s, bytes_done = :b, rows_read = :r, rows_invalid = :i,
                rows_stored = :st, rows_unchanged = :u where id = :id
                """)
                .param("s", status.name())
                .param("b", bytesDone)
                .param("r", read)
                .param("i", invalid)
                .param("st", stored)
                .param("u", unchanged)
                .param("id", id)
                .update();
    }

    void finish(long id, ImportJob.Status status, String message, Instant at) {
        jdbc.sql(
                        """
                update import_job set status = :s, message = :m, finished_at = :at, bytes_done = file_bytes
                where id = :id
                """)
                .param("s", status.name())
                .param("m", message.length() > 2000 ? message.substring(0, 2000) : message)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    /** Imports cut off by a restart: they are marked failed (a new import of the file duplicates nothing). */
    int failInterrupted(Instant at) {
        return jdbc.sql("update import_job set status = 'FAILED', finished_at = :at, message = 'Interrupted by a"
                        + " restart of Touchpoint. Import the file again: rows already stored are not duplicated.'"
                        + " where status in ('CHECKING', 'STORING')")
                .param("at", Timestamp.from(at))
                .update();
    }

    void addProblems(long jobId, List<ImportRow.Problem> problems) {
        for (var p : problems) {
            jdbc.sql(
                            """
                    insert into import_problem (job_id, row_number, column_name, value, problem)
                    values (:j, :r, :c, :v, :p)
                    """)
                    .param("j", jobId)
                    .param("r", p.row())
                    .param("c", cut(p.columnName(), 200))
                    .param("v", cut(p.value(), 500))
                    .param("p", cut(p.message(), 1000))
                    .update();
        }
    }

    void problems(long jobId, Consumer<ImportRow.Problem> each) {
        jdbc.sql(
                        """
                select row_number, column_name, value, problem from import_problem where job_id = :j
                order by row_number, id
                """)
                .param("j", jobId)
                .query(rs -> {
                    each.accept(new ImportRow.Problem(
                            rs.getLong(1), -1, rs.getString(2), rs.getString(3), rs.getString(4)));
                });
    }

    /** The first {@code limit} problems, in row order. */
    List<ImportJob.Problem> problems(long jobId, int limit) {
        return jdbc.sql(
                        """
                select row_number, column_name, value, problem from import_problem where job_id = :j
                order by row_number, id limit :l
                """)
                .param("j", jobId)
                .param("l", limit)
                .query((rs, n) ->
                        new ImportJob.Problem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    Optional<ImportJob> job(long id) {
        return jdbc.sql(SELECT + " where j.id = :id")
                .param("id", id)
                .query(ImportJob.class)
                .optional();
    }

    /** The latest imports, of the user (null: everyone's). */
    List<ImportJob> recent(Long userId, int limit) {
        return recent(userId, false, Instant.EPOCH, limit);
    }

    /**
     * An import needing attention: refused or failed, started in the last {@link ImportService#ATTENTION_DAYS}
     * days before :now.
     */
    private static final String NEEDS_ATTENTION = "j.status in ('REJECTED', 'FAILED')"
            + " and j.started_at > cast(:now as timestamptz) - make_interval(days => :days)";

    /** The latest imports of the user (null: everyone's); {@code attentionOnly}: only those needing attention. */
    List<ImportJob> recent(Long userId, boolean attentionOnly, Instant now, int limit) {
        return jdbc.sql(SELECT + " where (cast(:u as bigint) is null or j.started_by = :u)"
                        + (attentionOnly ? " and " + NEEDS_ATTENTION : "")
                        + " order by j.started_at desc, j.id desc limit :l")
                .param("u", userId)
                .param("now", java.sql.Timestamp.from(now))
                .param("days", ImportService.ATTENTION_DAYS)
                .param("l", limit)
                .query(ImportJob.class)
                .list();
    }

    /** How many imports of the user (null: everyone's) need attention. */
    long needingAttention(Long userId, Instant now) {
        return jdbc.sql("select count(*) from import_job j where (cast(:u as bigint) is null or j.started_by = :u)"
                        + " and " + NEEDS_ATTENTION)
                .param("u", userId)
                .param("now", java.sql.Timestamp.from(now))
                .param("days", ImportService.ATTENTION_DAYS)
                .query(Long.class)
                .single();
    }

    Long startedBy(long jobId) {
        return jdbc.sql("select started_by from import_job where id = :id")
                .param("id", jobId)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    Map<Integer, String> mapping(String signature, ImportKind kind) {
        Map<Integer, String> mapping = new LinkedHashMap<>();
        jdbc.sql(
                        """
                select column_index, field from import_mapping where header_signature = :s and kind = :k
                order by column_index
                """)
                .param("s", signature)
                .param("k", kind.name())
                .query(rs -> {
                    mapping.put(rs.getInt(1), rs.getString(2));
                });
        return mapping;
    }

    void saveMapping(String signature, ImportKind kind, Map<Integer, String> mapping) {
        jdbc.sql("delete from import_mapping where header_signature = :s and kind = :k")
                .param("s", signature)
                .param("k", kind.name())
                .update();
        mapping.forEach((column, field) -> jdbc.sql(
                        """
                insert into import_mapping (header_signature, kind,
                column_index, field) values (:s, :k, :c, :f)
                """)
                .param("s", signature)
                .param("k", kind.name())
                .param("c", column)
                .param("f", field)
                .update());
    }

    List<FileLayout.Cue> cues() {
        return jdbc.sql("select code, name from perception_cue order by sort_order, id")
                .query(FileLayout.Cue.class)
                .list();
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
