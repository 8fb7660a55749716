package cx.touchpoint.survey;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Resolves the template and cue names of an {@link ExternalResponse} and finds responses already stored;
 * accounts, contacts and touch points are resolved by {@link ExternalReferences}.
 */
@Repository
class ExternalResponseQueries {

    record Template(long id, Long touchPointId) {}

    private final JdbcClient jdbc;

    ExternalResponseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The given template if it is of the pattern, else the pattern's active template (for the touch point). */
    Optional<Template> template(Long templateId, String pattern, Long touchPointId) {
        return jdbc.sql(
                        """
                select id, touch_point_id from survey_template where pattern = :p and
                (case when cast(:t as bigint) is null then active and (:p <> 'PAST'
                or touch_point_id = cast(:tp as bigint)) else id = :t end)
                order by id limit 1
                """)
                .param("p", pattern)
                .param("t", templateId)
                .param("tp", touchPointId)
                .query(Template.class)
                .optional();
    }

    /** The template's first item asking about the cue (by name or code, case-insensitive). */
    Optional<Long> item(long templateId, String cue) {
        return jdbc.sql(
                        """
                select i.id from survey_item i join perception_cue c on c.id = i.cue_id
                where i.template_id = :t and (lower(c.name) = lower(:c) or c.code = lower(:c))
                order by i.position limit 1
                """)
                .param("t", templateId)
                .param("c", cue)
                .query(Long.class)
                .optional();
    }

    /** The response stored under this source id, if any. */
    Optional<Long> bySource(String sourceId) {
        return jdbc.sql("select response_id from response_source_key where source_key = :k")
                .param("k", sourceId)
                .query(Long.class)
                .optional();
    }

    /** The same response (account, pattern, time, touch point, contact), if it is stored already. */
    Optional<Long> sameStored(long accountId, String pattern, Instant at, Long touchPointId, Long contactId) {
        return jdbc.sql(
                        """
                select id from survey_response where account_id = :a and pattern = :p
                and responded_at = :at and touch_point_id is not distinct from cast(:tp as bigint)
                and contact_id is not distinct from cast(:c as bigint) limit 1
                """)
                .param("a", accountId)
                .param("p", pattern)
                .param("at", Timestamp.from(at))
                .param("tp", touchPointId)
                .param("c", contactId)
                .query(Long.class)
                .optional();
    }

    /** The account of the response stored under this source id: its id, external id and account executive. */
    record SourceOwner(long accountId, String externalId, long accountExecutiveId) {}

    Optional<SourceOwner> sourceOwner(String sourceId) {
        return jdbc.sql(
                        """
                select a.id as account_id, a.external_id, a.account_executive_id from response_source_key k
                join survey_response r on r.id = k.response_id join account_facts a on a.id = r.account_id
                where k.source_key = :k
                """)
                .param("k", sourceId)
                .query(SourceOwner.class)
                .optional();
    }

    /**
     * Remembers the response's source id; false when a concurrent transaction stored the same id first (the
     * insert waits for it on the primary key, then does nothing).
     */
    boolean rememberSource(String sourceId, long responseId) {
        return jdbc.sql(
                                """
                insert into response_source_key (source_key, response_id) values (:k, :r)
                on conflict (source_key) do nothing
                """)
                        .param("k", sourceId)
                        .param("r", responseId)
                        .update()
                == 1;
    }
}
