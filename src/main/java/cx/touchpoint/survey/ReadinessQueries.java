package cx.touchpoint.survey;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The Surveys view's readiness per account, computed in SQL with the contact policy's functions. */
@Repository
class ReadinessQueries {

    private static final String WHERE =
            " where a.status = 'ACTIVE' and (cast(:ae as bigint) is null or a.account_executive_id = :ae)"
                    + " and (:q = '' or a.name ilike '%' || :q || '%')";

    /**
     * What the account's contacts reported in the last {@link Readiness#RECENT_DAYS} days, in a
     * standard's unit, that was worse for them ({@code metric_shortfall} &lt; 0, migration V80) than
     * the standard's target, or than the promise about that standard in force on the day they
     * answered. Counted per standard and per promise.
     */
    private static final String MISSED = " left join lateral (select count(distinct st.id) filter (where"
            + " metric_shortfall(st.direction, st.target_value::float8, ra.perceived_value::float8) < 0)"
            + " as standards_missed, count(distinct pr.id) filter (where"
            + " metric_shortfall(st.direction, pr.promised_value::float8, ra.perceived_value::float8) < 0)"
            + " as promises_missed from survey_response r join response_answer ra on ra.response_id = r.id"
            + " join survey_item si on si.id = ra.item_id join service_standard_facts st on st.id = si.standard_id"
            + " left join standard_promise_facts pr on pr.standard_id = st.id and pr.valid_from <= r.responded_at::date"
            + " and (pr.valid_to is null or pr.valid_to >= r.responded_at::date)"
            + " where r.account_id = a.id and ra.perceived_value is not null and r.responded_at <= :now"
            + " and r.responded_at > cast(:now as timestamptz) - make_interval(days => :recent)) m on true";

    /** The account {@code a}'s latest live preparation {@code p} (null columns when there is none). */
    private static final String LATEST_PREPARATION =
            " left join lateral (select p.id, p.status from survey_preparation p"
                    + "   where p.account_id = a.id and p.status <> 'CANCELLED'"
                    + "   order by p.created_at desc, p.id desc limit 1) p on true";

    private final JdbcClient jdbc;

    ReadinessQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code sortColumn} is a {@link ReadinessSort}'s SQL column, never user text. */
    List<Readiness> page(
            Long accountExecutiveId,
            String search,
            ReadinessFocus focus,
            Instant now,
            String sortColumn,
            boolean ascending,
            int offset,
            int limit) {
        String order = sortColumn + (ascending ? " asc" : " desc") + " nulls last, account_id";
        return jdbc.sql("select x.* from (select a.id as account_id, a.name as account,"
                        + " (select count(*) from contact_facts c where c.account_id = a.id) as contacts,"
                        + " (select count(*) from contact_facts c where c.account_id = a.id"
                        + "   and coalesce(contact_eligible_from(c.id, 'PRESENT'), '-infinity') <= :now) as eligible_contacts,"
                        + " (select min(f) from (select contact_eligible_from(c.id, 'PRESENT') as f from contact_facts c"
                        + "   where c.account_id = a.id) e where f > :now and f < 'infinity') as next_eligible_at,"
                        + " greatest(0, (select account_cap_30_days from survey_setting)"
                        + "   - account_invitations_30d(a.id, :now)) as invitations_left,"
                        + " (select count(*) from issue_facts i where i.account_id = a.id and i.is_open) as open_issues,"
                        + " s.responded_at as last_survey_at, s.score::float8 as last_score,"
                        + " p.id as preparation_id, p.status as preparation,"
                        + " coalesce(m.standards_missed, 0) as standards_missed,"
                        + " coalesce(m.promises_missed, 0) as promises_missed from account_facts a"
                        + " left join account_latest_score s on s.account_id = a.id"
                        + MISSED
                        + LATEST_PREPARATION + WHERE + " and " + focus.condition
                        + ") x order by " + order + " offset :o limit :l")
                .param("ae", accountExecutiveId)
                .param("q", search == null ? "" : search.trim())
                .param("now", Timestamp.from(now))
                .param("recent", Readiness.RECENT_DAYS)
                .param("newDays", SurveyTasks.NEW_DAYS)
                .param("o", offset)
                .param("l", limit)
                .query(Readiness.class)
                .list();
    }

    int count(Long accountExecutiveId, String search, ReadinessFocus focus, Instant now) {
        return jdbc.sql("select count(*) from account_facts a" + LATEST_PREPARATION + WHERE + " and " + focus.condition)
                .param("ae", accountExecutiveId)
                .param("q", search == null ? "" : search.trim())
                .param("now", Timestamp.from(now))
                .param("newDays", SurveyTasks.NEW_DAYS)
                .query(Integer.class)
                .single();
    }

    /**
     * The account executive's survey tasks (null: every account): the first three and the last counted as
     * the Surveys view's {@link ReadinessFocus} lists them, so a task's number and its list agree.
     */
    SurveyTasks tasks(Long accountExecutiveId, Instant now) {
        String focused = "select count(*) filter (where {focus}) from account_facts a" + LATEST_PREPARATION + WHERE;
        return jdbc.sql("select (" + focused.replace("{focus}", ReadinessFocus.AWAITING_CUSTOMER.condition)
                        + ") as awaiting_customer, ("
                        + focused.replace("{focus}", ReadinessFocus.APPROVED_NOT_SENT.condition)
                        + ") as approved_not_sent,"
                        + " (select count(*) from survey_invitation i join contact_facts c on c.id = i.contact_id"
                        + "   join account_facts a on a.id = c.account_id where i.status = 'SENT'"
                        + "   and (i.expires_at is null or i.expires_at > :now)"
                        + "   and (cast(:ae as bigint) is null or a.account_executive_id = :ae)) as non_responders, ("
                        + focused.replace("{focus}", ReadinessFocus.NEW_DETRACTORS.condition) + ") as new_detractors,"
                        + " (select count(*) from outbox_mail m join account_facts a on a.id = m.account_id"
                        + "   where m.status = 'FAILED'"
                        + "   and (cast(:ae as bigint) is null or a.account_executive_id = :ae)) as failed_mails")
                .param("ae", accountExecutiveId)
                .param("q", "")
                .param("now", Timestamp.from(now))
                .param("newDays", SurveyTasks.NEW_DAYS)
                .query(SurveyTasks.class)
                .single();
    }
}
