package cx.touchpoint.gap;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The customer answers and comments behind a gap, a page at a time, the largest shortfall first, then
 * the newest: the order of the index {@code response_answer_shortfall} (V151), so a page reads about
 * as many answers as it shows.
 */
@Repository
class AnswerQueries {

    private final JdbcClient jdbc;

    AnswerQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AnswerBehindGap> page(GapScope scope, GapSelection selection, boolean onlyWithComment, int offset, int limit) {
        return jdbc.sql("select r.id as response_id, r.responded_at::date as answered_on, a.name as account_name,"
                        + " coalesce(t.name, 'Whole relationship') as touch_point_name, c.name as cue_name,"
                        + " i.question, ra.expected, ra.experienced, ra.expected_value::float8 as expected_value,"
                        + " ra.perceived_value::float8 as perceived_value, r.comment"
                        + GapSql.ANSWERS_FROM
                        + " join perception_cue c on c.id = i.cue_id"
                        + " left join touch_point t on t.id = coalesce(i.touch_point_id, r.touch_point_id)"
                        + GapSql.ANSWERS_WHERE
                        + " and (cast(:cue as bigint) is null or i.cue_id = :cue)"
                        + " and (:any_tp or coalesce(i.touch_point_id, r.touch_point_id)"
                        + " is not distinct from cast(:selected_tp as bigint))"
                        + " and (cast(:standard as bigint) is null or i.standard_id = :standard)"
                        + " and (not :only_comments or length(trim(r.comment)) > 0)"
                        + " order by ra.experienced - ra.expected, ra.responded_at desc, ra.id"
                        + " offset :offset limit :limit")
                .params(scope.parameters())
                .param("cue", selection.cueId())
                .param("any_tp", selection.anyTouchPoint())
                .param("selected_tp", selection.touchPointId())
                .param("standard", selection.standardId())
                .param("only_comments", onlyWithComment)
                .param("offset", offset)
                .param("limit", limit)
                .query(AnswerBehindGap.class)
                .list();
    }
}
