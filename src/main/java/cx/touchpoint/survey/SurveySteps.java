package cx.touchpoint.survey;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only record of every survey step per account (survey_step). */
@Repository
class SurveySteps {

    /** Who took a step: a user, a customer contact, or neither (the system). */
    record Actor(Long userId, Long contactId) {
        static final Actor SYSTEM = new Actor(null, null);

        static Actor user(long id) {
            return new Actor(id, null);
        }

        static Actor contact(long id) {
            return new Actor(null, id);
        }
    }

    private final JdbcClient jdbc;

    SurveySteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(
            long accountId,
            Long preparationId,
            Long invitationId,
            SurveyStep.Kind kind,
            Actor actor,
            Instant at,
            String note) {
        jdbc.sql(
                        """
                insert into survey_step (account_id, preparation_id, invitation_id, kind, actor_user_id,
                actor_contact_id, occurred_at, note) values (:a, :p, :i, :k, :u, :c, :at, :n)
                """)
                .param("a", accountId)
                .param("p", preparationId)
                .param("i", invitationId)
                .param("k", kind.name())
                .param("u", actor.userId())
                .param("c", actor.contactId())
                .param("at", Timestamp.from(at))
                .param("n", note == null ? "" : note)
                .update();
    }

    /** The newest steps first, of one account or (preparationId non-null) one preparation. */
    List<SurveyStep> list(Long accountId, Long preparationId, int limit) {
        return jdbc.sql(
                        """
                select s.id, s.occurred_at, s.kind,
                coalesce(u.full_name, c.full_name || ' (customer)', 'Touchpoint') as actor,
                coalesce(t.name, t2.name, '') as survey, s.note from survey_step s
                left join user_directory u on u.id = s.actor_user_id left join contact_facts c on c.id = s.actor_contact_id
                left join survey_preparation p on p.id = s.preparation_id
                left join survey_template t on t.id = p.template_id
                left join survey_invitation i on i.id = s.invitation_id
                left join survey_template t2 on t2.id = i.template_id
                where (cast(:a as bigint) is null or s.account_id = :a)
                and (cast(:p as bigint) is null or s.preparation_id = :p)
                order by s.occurred_at desc, s.id desc limit :l
                """)
                .param("a", accountId)
                .param("p", preparationId)
                .param("l", limit)
                .query(SurveyStep.class)
                .list();
    }
}
