package cx.touchpoint.theme;

import cx.touchpoint.base.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What themes and comments add up to, aggregated in PostgreSQL. */
@Repository
class ThemeReports {

    private static final String COMMENT_COLUMNS =
            """
            c.id, c.source, c.response_id, c.complaint_id, c.account_id, a.external_id, a.name as account_name, c.nps,
            c.commented_at, c.text, c.state, c.not_analysed, c.language, c.theme_id, t.name as theme_name,
            c.sentiment, c.sentiment_score
            """;

    private final JdbcClient jdbc;

    ThemeReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Themes of the given statuses with their figures; {@code since} starts the last 90 days. */
    List<ThemeSummary> summaries(Collection<ThemeStatus> statuses, Instant recentFrom, Instant previousFrom) {
        return jdbc.sql(
                        """
                with totals as (
                  select count(*) filter (where commented_at >= :recent) as recent_all,
                         count(*) filter (where commented_at >= :previous and commented_at < :recent) as previous_all,
                         coalesce(sum(nps), 0) as nps_sum, coalesce(sum(nps * nps), 0) as nps_sq, count(nps) as nps_n
                    from comment_analysis where state = 'ANALYSED'),
                per_theme as (
                  select theme_id, count(*) as comments,
                         count(*) filter (where commented_at >= :recent) as recent,
                         count(*) filter (where commented_at >= :previous and commented_at < :recent) as previous,
                         count(*) filter (where sentiment = 'NEGATIVE') as negative,
                         coalesce(sum(nps), 0) as nps_sum, coalesce(sum(nps * nps), 0) as nps_sq, count(nps) as nps_n
                    from comment_analysis where theme_id is not null group by theme_id)
                select t.id, t.name, t.status, t.pinned, t.version, t.words,
                       coalesce(p.comments, 0) as comments, coalesce(p.recent, 0) as recent,
                       coalesce(p.previous, 0) as previous, x.recent_all, x.previous_all,
                       coalesce(p.negative, 0) as negative, coalesce(p.nps_sum, 0) as w_sum,
                       coalesce(p.nps_sq, 0) as w_sq, coalesce(p.nps_n, 0) as w_n, x.nps_sum, x.nps_sq, x.nps_n
                  from theme t cross join totals x left join per_theme p on p.theme_id = t.id
                 where t.status = any (cast(:statuses as text[]))
                 order by coalesce(p.comments, 0) desc, t.name
                """)
                .param("recent", Timestamp.from(recentFrom))
                .param("previous", Timestamp.from(previousFrom))
                .param("statuses", statuses.stream().map(Enum::name).toArray(String[]::new))
                .query((rs, n) -> summary(rs))
                .list();
    }

    private static ThemeSummary summary(ResultSet rs) throws SQLException {
        long wn = rs.getLong("w_n");
        double wSum = rs.getDouble("w_sum");
        double wSq = rs.getDouble("w_sq");
        long on = rs.getLong("nps_n") - wn;
        double oSum = rs.getDouble("nps_sum") - wSum;
        double oSq = rs.getDouble("nps_sq") - wSq;
        return new ThemeSummary(
                rs.getLong("id"),
                rs.getString("name"),
                ThemeStatus.valueOf(rs.getString("status")),
                rs.getBoolean("pinned"),
                rs.getInt("version"),
                Arrays.asList((String[]) rs.getArray("words").getArray()),
                rs.getLong("comments"),
                rs.getLong("recent"),
                rs.getLong("previous"),
                rs.getLong("recent_all"),
                rs.getLong("previous_all"),
                rs.getLong("negative"),
                wn == 0 ? null : wSum / wn,
                sd(wSum, wSq, wn),
                wn,
                on == 0 ? null : oSum / on,
                sd(oSum, oSq, on),
                on);
    }

    /** The sample standard deviation from a sum and a sum of squares. */
    private static Double sd(double sum, double squares, long n) {
        if (n < 2) {
            return null;
        }
        double variance = (squares - sum * sum / n) / (n - 1);
        return Math.sqrt(Math.max(0, variance));
    }

    /** Comments matching the filter, newest (highest id) first, after the cursor {@code beforeId} (null: from the newest). */
    List<ThemeComment> comments(CommentFilter f, Long beforeId, int limit) {
        return f.accounts()
                .bind(jdbc.sql("select " + COMMENT_COLUMNS
                        + """
                        from comment_analysis c join account_facts a on a.id = c.account_id
                        left join theme t on t.id = c.theme_id
                        where (cast(:before as bigint) is null or c.id < :before)
                        and (cast(:from as timestamptz) is null or c.commented_at >= :from)
                        and (cast(:to as timestamptz) is null or c.commented_at < :to)
                        and (cast(:theme as bigint) is null or c.theme_id = :theme)
                        and (not :unthemed or (c.state = 'ANALYSED' and c.theme_id is null))
                        and (cast(:sentiment as text) is null or c.sentiment = :sentiment)
                        and (cast(:account as bigint) is null or c.account_id = :account)
                        and """
                        + " " + cx.touchpoint.base.AccountFilter.condition("a")
                        + """
                         order by c.id desc limit :limit
                        """))
                .param("before", beforeId)
                .param("from", f.from() == null ? null : Timestamp.from(f.from()))
                .param("to", f.to() == null ? null : Timestamp.from(f.to()))
                .param("theme", f.themeId())
                .param("unthemed", f.unthemed())
                .param("sentiment", f.sentiment() == null ? null : f.sentiment().name())
                .param("account", f.accountId())
                .param("limit", limit)
                .query((rs, n) -> comment(rs))
                .list();
    }

    /** The theme's comments most similar to its centroid (one of each wording): its most representative ones. */
    List<ThemeComment> representatives(long themeId, int limit) {
        return jdbc.sql(
                        "select " + COMMENT_COLUMNS
                                + """
                from comment_analysis c join account_facts a on a.id = c.account_id join theme t on t.id = c.theme_id
                where c.id in (select distinct on (x.text) x.id from comment_analysis x where x.theme_id = :theme
                order by x.text, x.similarity desc, x.id desc)
                order by c.similarity desc, c.id desc limit :limit
                """)
                .param("theme", themeId)
                .param("limit", limit)
                .query((rs, n) -> comment(rs))
                .list();
    }

    /** The analysis state of the comment of a survey response, if it has one. */
    Optional<ThemeComment> ofResponse(long responseId) {
        return jdbc.sql(
                        "select " + COMMENT_COLUMNS
                                + """
                from comment_analysis c join account_facts a on a.id = c.account_id left join theme t on t.id = c.theme_id
                where c.response_id = :response
                """)
                .param("response", responseId)
                .query((rs, n) -> comment(rs))
                .optional();
    }

    private static ThemeComment comment(ResultSet rs) throws SQLException {
        String sentiment = rs.getString("sentiment");
        return new ThemeComment(
                rs.getLong("id"),
                CommentSource.valueOf(rs.getString("source")),
                (Long) rs.getObject("response_id"),
                (Long) rs.getObject("complaint_id"),
                rs.getLong("account_id"),
                rs.getString("external_id"),
                rs.getString("account_name"),
                (Integer) (rs.getObject("nps") == null ? null : rs.getInt("nps")),
                rs.getTimestamp("commented_at").toInstant(),
                rs.getString("text"),
                rs.getString("state"),
                rs.getString("not_analysed"),
                rs.getString("language"),
                (Long) rs.getObject("theme_id"),
                rs.getString("theme_name"),
                sentiment == null ? null : Sentiment.valueOf(sentiment),
                nullable(rs, rs.getDouble("sentiment_score")));
    }

    private static Double nullable(ResultSet rs, double value) throws SQLException {
        return rs.wasNull() ? null : value;
    }

    /** Comments per month of one theme (company time zone), oldest first. */
    List<ThemeCount> monthly(long themeId) {
        return jdbc.sql(
                        """
                select date_trunc('month', commented_at)::date as period, theme_id, count(*) as comments,
                count(*) filter (where sentiment = 'NEGATIVE') as negative
                from comment_analysis where theme_id = :theme group by 1, 2 order by 1
                """)
                .param("theme", themeId)
                .query((rs, n) -> new ThemeCount(
                        rs.getObject("period", java.time.LocalDate.class),
                        rs.getLong("theme_id"),
                        null,
                        rs.getLong("comments"),
                        rs.getLong("negative")))
                .list();
    }

    /** An account's comments per quarter and theme (null theme: not themed), oldest first. */
    List<ThemeCount> accountThemes(long accountId) {
        return jdbc.sql(
                        """
                select date_trunc('quarter', c.commented_at)::date as period, c.theme_id, t.name, count(*) as comments,
                count(*) filter (where c.sentiment = 'NEGATIVE') as negative
                from comment_analysis c left join theme t on t.id = c.theme_id
                where c.account_id = :account and c.state = 'ANALYSED'
                group by 1, 2, 3 order by 1, 4 desc
                """)
                .param("account", accountId)
                .query((rs, n) -> new ThemeCount(
                        rs.getObject("period", java.time.LocalDate.class),
                        (Long) rs.getObject("theme_id"),
                        rs.getString("name"),
                        rs.getLong("comments"),
                        rs.getLong("negative")))
                .list();
    }

    AnalysisProgress analysisProgress() {
        Map<String, Long> languages = new LinkedHashMap<>();
        jdbc.sql(
                        """
                select language, count(*) as n from comment_analysis where state = 'NOT_ANALYSED'
                and not_analysed = 'LANGUAGE' group by language order by 2 desc
                """)
                .query((rs, n) -> languages.put(rs.getString("language"), rs.getLong("n")))
                .list();
        return jdbc.sql(
                        """
                select count(*) filter (where state = 'PENDING') as pending,
                count(*) filter (where state = 'PENDING' and attempts > 0) as retrying,
                coalesce(sum(attempts) filter (where last_error is not null), 0) as failed_attempts,
                count(*) filter (where state = 'ANALYSED') as analysed,
                count(*) filter (where theme_id is not null) as themed,
                count(*) filter (where not_analysed = 'NO_WORDS') as no_words
                from comment_analysis
                """)
                .query((rs, n) -> new AnalysisProgress(
                        rs.getLong("pending"),
                        rs.getLong("retrying"),
                        rs.getLong("failed_attempts"),
                        rs.getLong("analysed"),
                        rs.getLong("themed"),
                        rs.getLong("no_words"),
                        languages))
                .single();
    }

    /** Whether at least {@code minimum} comments are analysed and none is waiting. */
    boolean readyForFirstThemes(int minimum) {
        return jdbc.sql(
                        """
                select count(*) filter (where state = 'ANALYSED') >= :min
                and not exists (select 1 from comment_analysis where state = 'PENDING') from comment_analysis
                """)
                .param("min", minimum)
                .query(Boolean.class)
                .single();
    }

    Optional<ThemeRunProgress> latestRun() {
        return jdbc.sql(
                        """
                select id, started_at, finished_at, state, step, percent, comments, candidates, requested_by, error
                from theme_run order by id desc limit 1
                """)
                .query((rs, n) -> new ThemeRunProgress(
                        rs.getLong("id"),
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("finished_at") == null
                                ? null
                                : rs.getTimestamp("finished_at").toInstant(),
                        rs.getString("state"),
                        rs.getString("step"),
                        rs.getInt("percent"),
                        rs.getInt("comments"),
                        rs.getInt("candidates"),
                        rs.getString("requested_by"),
                        rs.getString("error")))
                .optional();
    }

    /** Active themes as choices (and the given one, whatever its status, marked when not active). */
    List<Option> options(Long alsoId) {
        return jdbc.sql(
                        """
                select id, name || case when status <> 'ACTIVE' then ' (' || lower(status) || ')' else '' end as label
                from theme where status = 'ACTIVE' or id = :also order by lower(name)
                """)
                .param("also", alsoId)
                .query((rs, n) -> new Option(rs.getLong("id"), rs.getString("label")))
                .list();
    }
}
