package cx.touchpoint.imports;

import cx.touchpoint.base.AccountFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Streams responses with their answers (one row per response) for the CSV export. */
@Repository
class ResponseExportQueries {

    /** A response with its answers by cue code: {expected, experienced, expected value, perceived value}. */
    record Exported(
            String responseId,
            String accountExternalId,
            String contactEmail,
            String pattern,
            String touchPoint,
            Instant respondedAt,
            Integer nps,
            String comment,
            Map<String, String[]> answers) {}

    private final NamedParameterJdbcTemplate jdbc;

    ResponseExportQueries(DataSource dataSource) {
        var template = new JdbcTemplate(dataSource);
        template.setFetchSize(1000);
        this.jdbc = new NamedParameterJdbcTemplate(template);
    }

    void each(AccountFilter filter, Instant from, Instant to, Consumer<Exported> row) {
        var parameters = new LinkedHashMap<String, Object>(filter.parameters());
        parameters.put("from", from == null ? null : Timestamp.from(from));
        parameters.put("to", to == null ? null : Timestamp.from(to));
        jdbc.query(
                "select coalesce(k.source_key, 'touchpoint-' || r.id) as response_id, a.external_id, c.email,"
                        + " r.pattern, tp.code as touch_point, r.responded_at, r.nps, r.comment,"
                        + " (select string_agg(q.code || ':' || ra.expected || ':' || ra.experienced || ':'"
                        + " || coalesce(ra.expected_value::text, '') || ':' || coalesce(ra.perceived_value::text, ''),"
                        + " ';' order by i.position) from response_answer ra join survey_item i on i.id = ra.item_id"
                        + " join perception_cue q on q.id = i.cue_id where ra.response_id = r.id) as answers"
                        + " from survey_response r join account a on a.id = r.account_id"
                        + " left join contact c on c.id = r.contact_id left join touch_point tp on tp.id = r.touch_point_id"
                        + " left join lateral (select min(source_key) as source_key from response_source_key"
                        + " where response_id = r.id) k on true"
                        + " where " + AccountFilter.condition("a")
                        + " and (cast(:from as timestamptz) is null or r.responded_at >= :from)"
                        + " and (cast(:to as timestamptz) is null or r.responded_at < :to)"
                        + " order by r.responded_at, r.id",
                parameters,
                rs -> {
                    row.accept(exported(rs));
                });
    }

    private static Exported exported(ResultSet rs) throws SQLException {
        Map<String, String[]> answers = new LinkedHashMap<>();
        String list = rs.getString("answers");
        if (list != null) {
            for (String answer : list.split(";")) {
                String[] parts = answer.split(":", -1);
                answers.putIfAbsent(parts[0], new String[] {parts[1], parts[2], parts[3], parts[4]});
            }
        }
        return new Exported(
                rs.getString("response_id"),
                rs.getString("external_id"),
                rs.getString("email"),
                rs.getString("pattern"),
                rs.getString("touch_point"),
                rs.getTimestamp("responded_at").toInstant(),
                (Integer) rs.getObject("nps"),
                rs.getString("comment"),
                answers);
    }
}
