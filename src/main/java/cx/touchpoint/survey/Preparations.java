package cx.touchpoint.survey;

import cx.touchpoint.base.Option;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Prepared surveys (survey_preparation with its kept items and recipients). */
@Repository
class Preparations {

    /** The stored state of one preparation. */
    record Row(
            long id,
            long accountId,
            String account,
            long accountExecutiveId,
            long templateId,
            String survey,
            String pattern,
            Long waveId,
            String wave,
            long preparedBy,
            long reviewerId,
            String reviewer,
            String reviewerEmail,
            String status,
            String tone,
            String customerNote,
            Instant scheduledFor,
            int version) {}

    private static final String ROW =
            """
            select p.id, p.account_id, a.name as account, a.account_executive_id,
            p.template_id, t.name as survey, t.pattern, p.wave_id, w.name as wave, p.prepared_by, p.reviewer_id,
            c.full_name as reviewer, c.email as reviewer_email, p.status, p.tone, p.customer_note, p.scheduled_for,
            p.version from survey_preparation p join account_facts a on a.id = p.account_id
            join survey_template t on t.id = p.template_id left join survey_wave w on w.id = p.wave_id
            join contact_facts c on c.id = p.reviewer_id
            """;

    private final JdbcClient jdbc;

    Preparations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(long id) {
        return jdbc.sql(ROW + " where p.id = :id")
                .param("id", id)
                .query(Row.class)
                .optional();
    }

    /** The row, locked for the rest of the transaction (so two actions on it run one after the other). */
    Optional<Row> lock(long id) {
        jdbc.sql("select id from survey_preparation where id = :id for update")
                .param("id", id)
                .query(Long.class)
                .optional();
        return find(id);
    }

    Optional<Row> lockByShareToken(String hash) {
        Optional<Long> id = jdbc.sql("select id from survey_preparation where share_token_hash = :h for update")
                .param("h", hash)
                .query(Long.class)
                .optional();
        return id.flatMap(this::find);
    }

    long insert(long accountId, long templateId, Long waveId, long preparedBy, long reviewerId, Instant now) {
        long id = jdbc.sql(
                        """
                insert into survey_preparation (account_id, template_id, wave_id, prepared_by, reviewer_id,
                created_at) values (:a, :t, :w, :u, :r, :now) returning id
                """)
                .param("a", accountId)
                .param("t", templateId)
                .param("w", waveId)
                .param("u", preparedBy)
                .param("r", reviewerId)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
        jdbc.sql(
                        """
                insert into preparation_item (preparation_id, item_id) select :p, id from survey_item
                where template_id = :t
                """)
                .param("p", id)
                .param("t", templateId)
                .update();
        return id;
    }

    void addRecipient(long preparationId, long contactId) {
        jdbc.sql("insert into preparation_contact (preparation_id, contact_id) values (:p, :c)")
                .param("p", preparationId)
                .param("c", contactId)
                .update();
    }

    List<Long> recipients(long preparationId) {
        return jdbc.sql("select contact_id from preparation_contact where preparation_id = :p order by contact_id")
                .param("p", preparationId)
                .query(Long.class)
                .list();
    }

    List<PreparationDetail.ItemChoice> items(long preparationId) {
        return jdbc.sql(
                        """
                                select i.id as item_id, i.position, c.name as cue, i.question, pi.kept from preparation_item pi
                                join survey_item i on i.id = pi.item_id join perception_cue c on c.id = i.cue_id
                                where pi.preparation_id = :p order by i.position
                                """)
                .param("p", preparationId)
                .query(PreparationDetail.ItemChoice.class)
                .list();
    }

    List<Long> keptItems(long preparationId) {
        return jdbc.sql("select item_id from preparation_item where preparation_id = :p and kept order by item_id")
                .param("p", preparationId)
                .query(Long.class)
                .list();
    }

    /** Sets which items are asked; returns the number of items of the preparation that matched. */
    int keep(long preparationId, List<Long> keptItemIds) {
        return jdbc.sql("update preparation_item set kept = (item_id = any(:kept)) where preparation_id = :p")
                .param("p", preparationId)
                .param("kept", keptItemIds.toArray(Long[]::new))
                .update();
    }

    void update(long id, String status, String tone, String note, Instant scheduledFor, String shareTokenHash) {
        jdbc.sql(
                        """
                update survey_preparation set status = :s, tone = :tone, customer_note = :n, scheduled_for = :at,
                share_token_hash = coalesce(:h, share_token_hash), version = version + 1 where id = :id
                """)
                .param("s", status)
                .param("tone", tone)
                .param("n", note)
                .param("at", scheduledFor == null ? null : Timestamp.from(scheduledFor))
                .param("h", shareTokenHash)
                .param("id", id)
                .update();
    }

    /** Invitation status per recipient of the preparation. */
    List<Object[]> invitationStatuses(long preparationId) {
        return jdbc.sql("select contact_id, status from survey_invitation where preparation_id = :p")
                .param("p", preparationId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .list();
    }

    List<Long> dueScheduled(Instant now) {
        return jdbc.sql(
                        """
                select id from survey_preparation where status = 'SCHEDULED' and scheduled_for <= :now
                order by scheduled_for, id limit 100
                """)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .list();
    }

    List<Option> templates(boolean relationshipOrStudy) {
        return jdbc.sql(
                        """
                select id, name from survey_template where active and retired_at is null
                and (not :rs or pattern in ('PRESENT', 'POTENTIAL')) order by pattern desc, name
                """)
                .param("rs", relationshipOrStudy)
                .query(Option.class)
                .list();
    }

    List<Option> openWaves(Instant now) {
        return jdbc.sql(
                        """
                select id, name from survey_wave where status in ('DRAFT', 'SCHEDULED', 'OPEN')
                and closes_on >= cast(:now as date) order by opens_on desc, name
                """)
                .param("now", Timestamp.from(now))
                .query(Option.class)
                .list();
    }
}
