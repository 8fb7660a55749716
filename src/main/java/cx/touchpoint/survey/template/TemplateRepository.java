package cx.touchpoint.survey.template;

import cx.touchpoint.base.Option;
import cx.touchpoint.survey.SurveyPattern;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** survey_template with its survey_items. */
@Repository
class TemplateRepository {

    private final JdbcClient jdbc;

    TemplateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TemplateSummary> summaries() {
        return jdbc.sql(
                        """
                select t.id, t.name, t.pattern, tp.name as touch_point,
                (select count(*) from survey_item i where i.template_id = t.id) as items,
                (select count(*) from survey_response r where r.template_id = t.id) as responses,
                t.retired_at from survey_template t left join touch_point tp on tp.id = t.touch_point_id
                order by t.retired_at nulls first, t.pattern desc, t.name
                """)
                .query(TemplateSummary.class)
                .list();
    }

    Optional<TemplateDraft> draft(long id) {
        var items = jdbc.sql(
                        """
                select cue_id, touch_point_id, standard_id, question from survey_item
                where template_id = :t order by position
                """)
                .param("t", id)
                .query(TemplateDraft.Item.class)
                .list();
        return jdbc.sql(
                        """
                select name, pattern, touch_point_id, introduction, asks_nps, asks_comment
                from survey_template where id = :t
                """)
                .param("t", id)
                .query((rs, n) -> new TemplateDraft(
                        rs.getString(1),
                        SurveyPattern.valueOf(rs.getString(2)),
                        (Long) rs.getObject(3),
                        rs.getString(4),
                        rs.getBoolean(5),
                        rs.getBoolean(6),
                        items))
                .optional();
    }

    boolean nameTaken(String name, Long exceptId) {
        return jdbc.sql(
                        """
                select exists (select 1 from survey_template where lower(name) = lower(:n)
                and (cast(:id as bigint) is null or id <> :id))
                """)
                .param("n", name)
                .param("id", exceptId)
                .query(Boolean.class)
                .single();
    }

    /** Whether answers, invitations, preparations or manager estimates refer to the template. */
    boolean used(long id) {
        return jdbc.sql(
                        """
                select exists (select 1 from survey_response where template_id = :t)
                or exists (select 1 from survey_invitation where template_id = :t)
                or exists (select 1 from survey_preparation where template_id = :t)
                or exists (select 1 from survey_wave where template_id = :t)
                or exists (select 1 from manager_estimate_facts e join survey_item i on i.id = e.item_id
                where i.template_id = :t)
                """)
                .param("t", id)
                .query(Boolean.class)
                .single();
    }

    long insert(TemplateDraft d, Long replacesId) {
        long id = bind(
                        jdbc.sql(
                                """
                                insert into survey_template (name, pattern, touch_point_id, introduction, asks_nps,
                                asks_comment, replaces_id) values (:n, :p, :tp, :intro, :nps, :comment, :r)
                                returning id
                                """),
                        d)
                .param("r", replacesId)
                .query(Long.class)
                .single();
        insertItems(id, d);
        return id;
    }

    void replaceInPlace(long id, TemplateDraft d) {
        bind(
                        jdbc.sql(
                                """
                                update survey_template set name = :n, pattern = :p, touch_point_id = :tp,
                                introduction = :intro, asks_nps = :nps, asks_comment = :comment,
                                version = version + 1 where id = :id
                                """),
                        d)
                .param("id", id)
                .update();
        jdbc.sql("delete from survey_item where template_id = :id")
                .param("id", id)
                .update();
        insertItems(id, d);
    }

    /** Retires the template under a dated name, freeing its name for the new version. */
    void retireAsVersion(long id, Instant now) {
        jdbc.sql(
                        """
                update survey_template set name = left(name, 90) || ' (until ' || :day || ', #' || id || ')',
                active = false, retired_at = :now, version = version + 1 where id = :id
                """)
                .param("day", now.atOffset(ZoneOffset.UTC).toLocalDate().toString())
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    void moveTriggers(long fromId, long toId) {
        jdbc.sql("update survey_trigger set template_id = :to, version = version + 1 where template_id = :from")
                .param("to", toId)
                .param("from", fromId)
                .update();
    }

    void retire(long id, Timestamp now) {
        jdbc.sql(
                        """
                update survey_template set active = false, retired_at = coalesce(retired_at, :now),
                version = version + 1 where id = :id
                """)
                .param("now", now)
                .param("id", id)
                .update();
        jdbc.sql("update survey_trigger set enabled = false, version = version + 1 where template_id = :id")
                .param("id", id)
                .update();
    }

    /** Service standards an item may be linked to, named with their unit, e.g. "First reply time (h)". */
    List<Option> standards() {
        return jdbc.sql("select id, name || ' (' || unit || ')' as name from service_standard_facts order by name")
                .query(Option.class)
                .list();
    }

    boolean standardExists(long id) {
        return jdbc.sql("select exists (select 1 from service_standard_facts where id = :id)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, TemplateDraft d) {
        return sql.param("n", d.name())
                .param("p", d.pattern().name())
                .param("tp", d.touchPointId())
                .param("intro", d.introduction())
                .param("nps", d.asksNps())
                .param("comment", d.asksComment());
    }

    private void insertItems(long templateId, TemplateDraft d) {
        for (int i = 0; i < d.items().size(); i++) {
            var item = d.items().get(i);
            jdbc.sql(
                            """
                    insert into survey_item (template_id, position, cue_id, touch_point_id, standard_id, question)
                    values (:t, :pos, :cue, :tp, :s, :q)
                    """)
                    .param("t", templateId)
                    .param("pos", i + 1)
                    .param("cue", item.cueId())
                    .param("tp", item.touchPointId())
                    .param("s", item.standardId())
                    .param("q", item.question())
                    .update();
        }
    }
}
