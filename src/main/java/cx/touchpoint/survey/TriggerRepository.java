package cx.touchpoint.survey;

import cx.touchpoint.base.Option;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Transaction triggers as the admin edits them: one per touch point. */
@Repository
class TriggerRepository {

    /** A transaction template as a trigger may name it. */
    record TransactionTemplate(long id, String name, Long touchPointId, boolean active) {}

    private final JdbcClient jdbc;

    TriggerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SurveyTriggers.Trigger> all() {
        return jdbc.sql("select g.id, tp.name as touch_point, t.name as template,"
                        + " g.enabled,"
                        + " t.active and t.retired_at is null as template_active from survey_trigger g"
                        + " join touch_point tp on tp.id = g.touch_point_id join survey_template t on t.id = g.template_id"
                        + " order by tp.name")
                .query(SurveyTriggers.Trigger.class)
                .list();
    }

    /** Active transaction (PAST) templates, by name: the surveys a trigger may send. */
    List<Option> activeTransactionTemplates() {
        return jdbc.sql("select id, name from survey_template where pattern = 'PAST' and active and retired_at is null"
                        + " order by name")
                .query(Option.class)
                .list();
    }

    Optional<TransactionTemplate> template(long id) {
        return jdbc.sql("select id, name, touch_point_id, active and retired_at is null as active"
                        + " from survey_template where id = :id and pattern = 'PAST'")
                .param("id", id)
                .query(TransactionTemplate.class)
                .optional();
    }

    boolean touchPointExists(long id) {
        return jdbc.sql("select exists (select 1 from touch_point where id = :id)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    /** The name of the template the touch point's trigger sends already; empty when it has none. */
    Optional<String> triggeredTemplate(long touchPointId) {
        return jdbc.sql("select t.name from survey_trigger g join survey_template t on t.id = g.template_id"
                        + " where g.touch_point_id = :tp")
                .param("tp", touchPointId)
                .query(String.class)
                .optional();
    }

    long insert(long touchPointId, long templateId) {
        return jdbc.sql("insert into survey_trigger (touch_point_id, template_id) values (:tp, :t) returning id")
                .param("tp", touchPointId)
                .param("t", templateId)
                .query(Long.class)
                .single();
    }

    /** @return rows changed: 0 when the trigger no longer exists */
    int setEnabled(long id, boolean enabled) {
        return jdbc.sql("update survey_trigger set enabled = :e, version = version + 1 where id = :id")
                .param("e", enabled)
                .param("id", id)
                .update();
    }

    int delete(long id) {
        return jdbc.sql("delete from survey_trigger where id = :id")
                .param("id", id)
                .update();
    }
}
