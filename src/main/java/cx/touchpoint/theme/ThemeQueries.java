package cx.touchpoint.theme;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the comment outbox and its analysis (tables comment_analysis, theme, theme_run). */
@Repository
class ThemeQueries {

    private final JdbcClient jdbc;

    ThemeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a comment to the outbox; a comment already there (same response or complaint) is kept. */
    void enqueue(
            CommentSource source,
            Long responseId,
            Long complaintId,
            long accountId,
            Integer nps,
            Instant at,
            String text,
            Instant now) {
        jdbc.sql(
                        """
                insert into comment_analysis (source, response_id, complaint_id, account_id, nps, commented_at, text,
                next_attempt_at) values (:source, :response, :complaint, :account, :nps, :at, :text, :now)
                on conflict do nothing
                """)
                .param("source", source.name())
                .param("response", responseId)
                .param("complaint", complaintId)
                .param("account", accountId)
                .param("nps", nps)
                .param("at", Timestamp.from(at))
                .param("text", text)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Enqueues every survey comment not yet in the outbox (from the survey's read model); returns how many. */
    int enqueueSurveyComments(Instant now) {
        return jdbc.sql(
                        """
                insert into comment_analysis (source, response_id, account_id, nps, commented_at, text, next_attempt_at)
                select 'RESPONSE', c.response_id, c.account_id, c.nps, c.responded_at, c.comment, :now
                  from survey_comment c
                 where not exists (select 1 from comment_analysis a where a.response_id = c.response_id)
                on conflict do nothing
                """)
                .param("now", Timestamp.from(now))
                .update();
    }

    record Due(long id, int attempts, String text) {}

    /** Claims due comments for this transaction; other nodes skip them (for update skip locked). */
    List<Due> claimDue(Instant now, int limit) {
        return jdbc.sql(
                        """
                select id, attempts, text from comment_analysis where state = 'PENDING' and next_attempt_at <= :now
                order by next_attempt_at, id limit :limit for update skip locked
                """)
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, n) -> new Due(rs.getLong("id"), rs.getInt("attempts"), rs.getString("text")))
                .list();
    }

    record Stored(long id, Long responseId, Long complaintId, long accountId, String text) {}

    void analysed(
            long id,
            String language,
            Sentiment sentiment,
            double score,
            float[] embedding,
            Long themeId,
            Double similarity,
            Instant now) {
        jdbc.sql(
                        """
                update comment_analysis set state = 'ANALYSED', language = :language, sentiment = :sentiment,
                sentiment_score = :score, embedding = cast(:embedding as real[]), theme_id = :theme,
                similarity = :similarity, analysed_at = :now, last_error = null where id = :id
                """)
                .param("id", id)
                .param("language", language)
                .param("sentiment", sentiment.name())
                .param("score", score)
                .param("embedding", literal(embedding))
                .param("theme", themeId)
                .param("similarity", similarity)
                .param("now", Timestamp.from(now))
                .update();
    }

    void notAnalysed(long id, String reason, String language, Instant now) {
        jdbc.sql(
                        """
                update comment_analysis set state = 'NOT_ANALYSED', not_analysed = :reason, language = :language,
                analysed_at = :now, last_error = null where id = :id
                """)
                .param("id", id)
                .param("reason", reason)
                .param("language", language)
                .param("now", Timestamp.from(now))
                .update();
    }

    void failed(long id, int attempts, String error, Instant next) {
        jdbc.sql(
                        """
                update comment_analysis set attempts = :attempts, last_error = :error, next_attempt_at = :next
                where id = :id
                """)
                .param("id", id)
                .param("attempts", attempts)
                .param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                .param("next", Timestamp.from(next))
                .update();
    }

    Stored stored(long id) {
        return jdbc.sql("select id, response_id, complaint_id, account_id, text from comment_analysis where id = :id")
                .param("id", id)
                .query((rs, n) -> new Stored(
                        rs.getLong("id"),
                        (Long) rs.getObject("response_id"),
                        (Long) rs.getObject("complaint_id"),
                        rs.getLong("account_id"),
                        rs.getString("text")))
                .single();
    }

    // ------------------------------------------------------------------ themes

    List<ThemeVector> activeThemes() {
        return jdbc.sql("select id, name, pinned, centroid from theme where status = 'ACTIVE' order by id")
                .query((rs, n) -> new ThemeVector(
                        rs.getLong("id"), rs.getString("name"), rs.getBoolean("pinned"), floats(rs, "centroid")))
                .list();
    }

    boolean anyTheme() {
        return jdbc.sql("select exists (select 1 from theme)")
                .query(Boolean.class)
                .single();
    }

    long insertTheme(String name, ThemeStatus status, List<String> words, float[] centroid, Instant now) {
        return jdbc.sql(
                        """
                insert into theme (name, status, words, centroid, created_at, updated_at)
                values (:name, :status, cast(:words as text[]), cast(:centroid as real[]), :now, :now) returning id
                """)
                .param("name", name)
                .param("status", status.name())
                .param("words", words.toArray(String[]::new))
                .param("centroid", literal(centroid))
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    void updateShape(long id, List<String> words, float[] centroid, Instant now) {
        jdbc.sql(
                        """
                update theme set words = cast(:words as text[]), centroid = cast(:centroid as real[]),
                updated_at = :now, version = version + 1 where id = :id
                """)
                .param("id", id)
                .param("words", words.toArray(String[]::new))
                .param("centroid", literal(centroid))
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Changes name, status, pin and merge target if the version is still {@code version}; false otherwise. */
    boolean updateTheme(
            long id, int version, String name, ThemeStatus status, boolean pinned, Long mergedInto, Instant now) {
        return jdbc.sql(
                                """
                update theme set name = :name, status = :status, pinned = :pinned, merged_into_id = :merged,
                updated_at = :now, version = version + 1 where id = :id and version = :version
                """)
                        .param("id", id)
                        .param("version", version)
                        .param("name", name)
                        .param("status", status.name())
                        .param("pinned", pinned)
                        .param("merged", mergedInto)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    record ThemeState(long id, String name, ThemeStatus status, boolean pinned, int version, float[] centroid) {}

    Optional<ThemeState> theme(long id) {
        return jdbc.sql("select id, name, status, pinned, version, centroid from theme where id = :id")
                .param("id", id)
                .query((rs, n) -> new ThemeState(
                        rs.getLong("id"),
                        rs.getString("name"),
                        ThemeStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("pinned"),
                        rs.getInt("version"),
                        floats(rs, "centroid")))
                .optional();
    }

    boolean nameTaken(String name, long exceptId) {
        return jdbc.sql(
                        """
                select exists (select 1 from theme where lower(btrim(name)) = lower(btrim(:name)) and id <> :id
                and status in ('CANDIDATE', 'ACTIVE'))
                """)
                .param("name", name)
                .param("id", exceptId)
                .query(Boolean.class)
                .single();
    }

    /** An analysed comment's embedding, for clustering and assignment. */
    record Embedded(long id, Long themeId, String text, float[] embedding) {}

    /** Analysed comments after {@code afterId}, in id order (keyset paging over any number of comments). */
    List<Embedded> analysed(long afterId, int limit) {
        return jdbc.sql(
                        """
                select id, theme_id, text, embedding from comment_analysis where state = 'ANALYSED' and id > :after
                order by id limit :limit
                """)
                .param("after", afterId)
                .param("limit", limit)
                .query((rs, n) -> embedded(rs))
                .list();
    }

    /** The analysed comments of one theme. */
    List<Embedded> members(long themeId) {
        return jdbc.sql(
                        """
                select id, theme_id, text, embedding from comment_analysis where theme_id = :theme order by id
                """)
                .param("theme", themeId)
                .query((rs, n) -> embedded(rs))
                .list();
    }

    private static Embedded embedded(ResultSet rs) throws SQLException {
        return new Embedded(
                rs.getLong("id"), (Long) rs.getObject("theme_id"), rs.getString("text"), floats(rs, "embedding"));
    }

    void assign(long commentId, Long themeId, Double similarity) {
        jdbc.sql("update comment_analysis set theme_id = :theme, similarity = :similarity where id = :id")
                .param("id", commentId)
                .param("theme", themeId)
                .param("similarity", similarity)
                .update();
    }

    // ------------------------------------------------------------------ runs

    Optional<Long> startRun(String requestedBy, Instant now) {
        return jdbc.sql(
                        """
                insert into theme_run (started_at, state, requested_by, step) values (:now, 'RUNNING', :by, 'Starting')
                on conflict do nothing returning id
                """)
                .param("now", Timestamp.from(now))
                .param("by", requestedBy)
                .query(Long.class)
                .optional();
    }

    void progress(long run, String step, int percent, int comments) {
        jdbc.sql("update theme_run set step = :step, percent = :percent, comments = :comments where id = :id")
                .param("id", run)
                .param("step", step)
                .param("percent", Math.max(0, Math.min(100, percent)))
                .param("comments", comments)
                .update();
    }

    void finishRun(long run, boolean done, int candidates, String error, Instant now) {
        jdbc.sql(
                        """
                update theme_run set state = :state, candidates = :candidates, error = :error, finished_at = :now,
                percent = case when :state = 'DONE' then 100 else percent end,
                step = case when :state = 'DONE' then 'Done' else 'Failed' end where id = :id
                """)
                .param("id", run)
                .param("state", done ? "DONE" : "FAILED")
                .param("candidates", candidates)
                .param("error", error)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Runs left RUNNING by a node that stopped: failed, so a new one may start. */
    /**
     * Marks failed the run a stopped node left behind: RUNNING, started more than a minute ago, and no node's
     * discovery transaction holds the run's lock ({@link #holdRunLock()}). On several nodes a run another node is
     * working on is left alone.
     */
    int abandonRuns(Instant now) {
        return jdbc.sql(
                        """
                update theme_run set state = 'FAILED', error = 'Interrupted: the server running it stopped',
                finished_at = :now
                where state = 'RUNNING' and started_at < :grace
                and pg_try_advisory_xact_lock(hashtext(current_schema() || '.theme_run'))
                """)
                .param("now", Timestamp.from(now))
                .param("grace", Timestamp.from(now.minusSeconds(60)))
                .update();
    }

    /** Held by the transaction that finds themes, until it ends: tells other nodes the running run is alive. */
    void holdRunLock() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(current_schema() || '.theme_run'))")
                .query((rs, n) -> n)
                .list();
    }

    // ------------------------------------------------------------------ arrays

    static String literal(float[] vector) {
        var text = new StringBuilder(vector.length * 11).append('{');
        for (int i = 0; i < vector.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(String.format(Locale.ROOT, "%.7g", vector[i]));
        }
        return text.append('}').toString();
    }

    static float[] floats(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return null;
        }
        Object[] values = (Object[]) array.getArray();
        float[] vector = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            vector[i] = ((Number) values[i]).floatValue();
        }
        return vector;
    }
}
