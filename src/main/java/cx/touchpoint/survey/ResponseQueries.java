package cx.touchpoint.survey;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores survey responses and their answers; reads what validation needs. */
@Repository
class ResponseQueries {

    /** The template's pattern and touch point, and its items by id. */
    record Template(long id, String pattern, Long touchPointId, Map<Long, Item> items) {}

    /**
     * One item of a template: the cue it asks about (id and name), its own touch point (null = the
     * response's), its position, and the unit of its service standard (null = none linked).
     */
    record Item(long cueId, String cueName, Long touchPointId, int position, String standardUnit) {}

    private final JdbcClient jdbc;

    ResponseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Template> template(long id) {
        Map<Long, Item> items = new HashMap<>();
        jdbc.sql(
                        """
                select i.id, i.cue_id, c.name as cue_name, i.touch_point_id, i.position, s.unit
                from survey_item i join perception_cue c on c.id = i.cue_id
                left join service_standard s on s.id = i.standard_id
                where i.template_id = :t
                """)
                .param("t", id)
                .query(rs -> {
                    items.put(
                            rs.getLong("id"),
                            new Item(
                                    rs.getLong("cue_id"),
                                    rs.getString("cue_name"),
                                    (Long) rs.getObject("touch_point_id"),
                                    rs.getInt("position"),
                                    rs.getString("unit")));
                });
        return jdbc.sql("select id, pattern, touch_point_id from survey_template where id = :t")
                .param("t", id)
                .query((rs, row) -> new Template(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), items))
                .optional();
    }

    boolean accountExists(long id) {
        return exists("select exists (select 1 from account where id = :id)", id);
    }

    boolean contactOf(long contactId, long accountId) {
        return jdbc.sql("select exists (select 1 from contact where id = :c and account_id = :a)")
                .param("c", contactId)
                .param("a", accountId)
                .query(Boolean.class)
                .single();
    }

    boolean waveOf(long waveId, long templateId) {
        return jdbc.sql("select exists (select 1 from survey_wave where id = :w and template_id = :t)")
                .param("w", waveId)
                .param("t", templateId)
                .query(Boolean.class)
                .single();
    }

    /** Why the invitation cannot take this response, or null when it can. */
    String invitationProblem(long invitationId, long accountId, Long waveId) {
        record Invitation(Long waveId, long accountId, boolean answered) {}
        var found = jdbc.sql(
                        """
                select i.wave_id, c.account_id, exists (select 1 from survey_response r
                where r.invitation_id = i.id) as answered from survey_invitation i
                join contact c on c.id = i.contact_id where i.id = :id
                """)
                .param("id", invitationId)
                .query(Invitation.class)
                .optional();
        if (found.isEmpty()) {
            return "invitation #" + invitationId + " does not exist";
        }
        Invitation i = found.get();
        if (i.answered()) {
            return "invitation #" + invitationId + " has already been answered";
        }
        if (i.accountId() != accountId) {
            return "invitation #" + invitationId + " was sent to another account";
        }
        if (waveId != null && !waveId.equals(i.waveId())) {
            return "invitation #" + invitationId + " belongs to another wave";
        }
        return null;
    }

    boolean touchPointExists(long id) {
        return exists("select exists (select 1 from touch_point where id = :id)", id);
    }

    long insert(NewResponse r, String pattern, Long touchPointId, Instant respondedAt) {
        return jdbc.sql(
                        """
                insert into survey_response (template_id, wave_id, invitation_id, account_id, contact_id,
                touch_point_id, pattern, channel, nps, comment, responded_at) values (:t, :w, :i, :a, :c,
                :tp, :p, :ch, :nps, :comment, :at) returning id
                """)
                .param("t", r.templateId())
                .param("w", r.waveId())
                .param("i", r.invitationId())
                .param("a", r.accountId())
                .param("c", r.contactId())
                .param("tp", touchPointId)
                .param("p", pattern)
                .param("ch", r.channel().name())
                .param("nps", r.nps())
                .param("comment", r.comment())
                .param("at", Timestamp.from(respondedAt))
                .query(Long.class)
                .single();
    }

    /** Marks an invitation answered by a response that names it (API, import, the link itself). */
    void markInvitationAnswered(long invitationId, Instant respondedAt) {
        jdbc.sql(
                        """
                update survey_invitation set status = 'RESPONDED', responded_at = :at, version = version + 1
                where id = :i and status = 'SENT'
                """)
                .param("i", invitationId)
                .param("at", Timestamp.from(respondedAt))
                .update();
    }

    /** Stores all answers of a response in one statement, so the summaries are refreshed once (V40). */
    void insertAnswers(long responseId, List<NewResponse.Answer> answers) {
        if (answers.isEmpty()) {
            return;
        }
        var rows = new java.util.StringJoiner(", ");
        var statement = new java.util.LinkedHashMap<String, Object>();
        statement.put("r", responseId);
        for (int n = 0; n < answers.size(); n++) {
            NewResponse.Answer a = answers.get(n);
            rows.add("(:r, :i" + n + ", :e" + n + ", :x" + n + ", cast(:ev" + n + " as numeric), cast(:pv" + n
                    + " as numeric))");
            statement.put("i" + n, a.itemId());
            statement.put("e" + n, a.expected());
            statement.put("x" + n, a.experienced());
            statement.put("ev" + n, a.expectedValue());
            statement.put("pv" + n, a.perceivedValue());
        }
        jdbc.sql("insert into response_answer (response_id, item_id, expected, experienced, expected_value,"
                        + " perceived_value) values " + rows)
                .params(statement)
                .update();
    }

    private boolean exists(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Boolean.class).single();
    }
}
