package cx.touchpoint.gap;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Managers' estimates of what customers expect, per relationship-survey item and day. */
@Repository
class EstimateRepository {

    private final JdbcClient jdbc;

    EstimateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The items of the active relationship surveys, with the user's latest estimate of each. */
    List<EstimateItem> items(long userId) {
        return jdbc.sql(
                        """
                select i.id as item_id, t.name as template_name, i.position, i.question,
                c.name as cue_name, s.id as standard_id, s.name as standard_name, s.unit,
                le.estimated_expected as last_expected, le.estimated_expected_value as last_expected_value,
                le.estimated_on as last_estimated_on
                from survey_item_facts i join survey_template_facts t on t.id = i.template_id
                join perception_cue c on c.id = i.cue_id
                left join service_standard s on s.id = i.standard_id
                left join lateral (select me.estimated_expected, me.estimated_expected_value, me.estimated_on
                from manager_estimate me where me.item_id = i.id and me.user_id = :user
                order by me.estimated_on desc limit 1) le on true
                where t.pattern = 'PRESENT' and t.active order by t.name, i.position
                """)
                .param("user", userId)
                .query(EstimateItem.class)
                .list();
    }

    /** Replaces the user's estimates of {@code day} with {@code answers}. */
    void replace(long userId, LocalDate day, List<EstimateAnswer> answers) {
        jdbc.sql("delete from manager_estimate where user_id = :user and estimated_on = :day")
                .param("user", userId)
                .param("day", day)
                .update();
        for (EstimateAnswer answer : answers) {
            jdbc.sql(
                            """
                    insert into manager_estimate (user_id, item_id, estimated_on, estimated_expected,
                    estimated_expected_value) values (:user, :item, :day, :expected, :value)
                    """)
                    .param("user", userId)
                    .param("item", answer.itemId())
                    .param("day", day)
                    .param("expected", answer.expected())
                    .param("value", answer.expectedValue())
                    .update();
        }
    }
}
