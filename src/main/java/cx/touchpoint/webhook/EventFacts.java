package cx.touchpoint.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a webhook body tells about a response or an issue, read in the transaction that changed it. Field
 * names are the REST API's ({@code accountExternalId}, {@code touchPoint} by code, ...).
 */
@Repository
class EventFacts {

    private final JdbcClient jdbc;

    EventFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Map<String, Object>> response(long responseId) {
        return jdbc.sql(
                        """
                select r.id, a.external_id, a.name as account_name, c.email, r.pattern, r.channel,
                tp.code as touch_point, r.nps, r.comment, r.responded_at from survey_response r
                join account a on a.id = r.account_id left join contact c on c.id = r.contact_id
                left join touch_point tp on tp.id = r.touch_point_id where r.id = :id
                """)
                .param("id", responseId)
                .query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("responseId", rs.getLong("id"));
                    m.put("accountExternalId", rs.getString("external_id"));
                    m.put("accountName", rs.getString("account_name"));
                    m.put("contactEmail", rs.getString("email"));
                    m.put("pattern", rs.getString("pattern"));
                    m.put("channel", rs.getString("channel"));
                    m.put("touchPoint", rs.getString("touch_point"));
                    m.put("nps", rs.getObject("nps") == null ? null : rs.getInt("nps"));
                    m.put("comment", rs.getString("comment"));
                    m.put("submittedAt", iso(rs, "responded_at"));
                    return m;
                })
                .optional();
    }

    Optional<Map<String, Object>> issue(long issueId) {
        return jdbc.sql(
                        """
                select i.id, i.title, i.source, i.status, i.severity, t.name as team, u.username as assignee,
                a.external_id, a.name as account_name, i.created_at, i.sla_due_at from issue i
                join account a on a.id = i.account_id join team t on t.id = i.owner_team_id
                left join app_user u on u.id = i.assignee_id where i.id = :id
                """)
                .param("id", issueId)
                .query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("issueId", rs.getLong("id"));
                    m.put("title", rs.getString("title"));
                    m.put("source", rs.getString("source"));
                    m.put("status", rs.getString("status"));
                    m.put("severity", rs.getString("severity"));
                    m.put("team", rs.getString("team"));
                    m.put("assignee", rs.getString("assignee"));
                    m.put("accountExternalId", rs.getString("external_id"));
                    m.put("accountName", rs.getString("account_name"));
                    m.put("createdAt", iso(rs, "created_at"));
                    m.put("slaDueAt", iso(rs, "sla_due_at"));
                    return m;
                })
                .optional();
    }

    private static String iso(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant().toString();
    }
}
