package cx.touchpoint.issue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads what intake and verification need: the stored response, open and resolved issues. */
@Repository
class SignalQueries {

    /** The team that owns an account whose account executive belongs to none. */
    static final String OWNING_TEAM_FALLBACK = "account_management";

    private final JdbcClient jdbc;

    SignalQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What routing and severity need of an account: name, vertical, revenue, owning team. */
    StoredResponse.Account account(long accountId) {
        return jdbc.sql(
                        """
                select a.name, a.vertical_market_id, a.annual_revenue, t.id as owning_team_id,
                t.name as owning_team_name from account a join app_user ae on ae.id = a.account_executive_id
                join team t on t.id = coalesce(ae.team_id, (select id from team where code = :owning))
                where a.id = :id
                """)
                .param("id", accountId)
                .param("owning", OWNING_TEAM_FALLBACK)
                .query(StoredResponse.Account.class)
                .single();
    }

    /** A stored response read back, for a comment themed after it was recorded. */
    Optional<StoredResponse> response(long responseId) {
        var answers = jdbc.sql(
                        """
                select i.cue_id, c.name as cue_name, coalesce(i.touch_point_id, r.touch_point_id)
                as touch_point_id, a.expected, a.experienced from response_answer a
                join survey_item i on i.id = a.item_id join perception_cue c on c.id = i.cue_id
                join survey_response r on r.id = a.response_id where a.response_id = :id
                order by a.experienced, i.position
                """)
                .param("id", responseId)
                .query(StoredResponse.Answer.class)
                .list();
        return jdbc.sql(
                        """
                select r.id, r.account_id, a.name as account_name, a.vertical_market_id, a.annual_revenue,
                t.id as owning_team_id, t.name as owning_team_name,
                r.touch_point_id, r.nps, r.comment, r.responded_at from survey_response r
                join account a on a.id = r.account_id join app_user ae on ae.id = a.account_executive_id
                join team t on t.id = coalesce(ae.team_id, (select id from team where code = :owning))
                where r.id = :id
                """)
                .param("id", responseId)
                .param("owning", OWNING_TEAM_FALLBACK)
                .query((rs, row) -> new StoredResponse(
                        rs.getLong("id"),
                        rs.getLong("account_id"),
                        rs.getString("account_name"),
                        rs.getLong("vertical_market_id"),
                        rs.getBigDecimal("annual_revenue"),
                        rs.getLong("owning_team_id"),
                        rs.getString("owning_team_name"),
                        (Long) rs.getObject("touch_point_id"),
                        (Integer) rs.getObject("nps"),
                        rs.getString("comment"),
                        rs.getTimestamp("responded_at").toInstant(),
                        answers))
                .optional();
    }

    /** A complaint with its account, for intake. */
    record Complaint(
            long id, long accountId, String accountName, long verticalMarketId, String body, Instant receivedAt) {}

    Optional<Complaint> complaint(long complaintId) {
        return jdbc.sql(
                        """
                select c.id, c.account_id, a.name as account_name, a.vertical_market_id, c.body, c.received_at
                from complaint c join account a on a.id = c.account_id where c.id = :id
                """)
                .param("id", complaintId)
                .query(Complaint.class)
                .optional();
    }

    /** An issue raised from (or holding as evidence) a response or a complaint, as theme routing needs it. */
    record FromComment(
            long id,
            IssueStatus status,
            long ownerTeamId,
            Long cueId,
            Long touchPointId,
            Severity severity,
            long verticalMarketId,
            int version) {}

    /** The issues whose evidence is the response or the complaint. */
    List<FromComment> issuesFrom(Long responseId, Long complaintId) {
        return jdbc.sql(
                        """
                select distinct i.id, i.status, i.owner_team_id, i.cue_id, i.touch_point_id, i.severity,
                a.vertical_market_id, i.version
                from issue_evidence e join issue i on i.id = e.issue_id join account a on a.id = i.account_id
                where e.response_id = :response or e.complaint_id = :complaint
                """)
                .param("response", responseId)
                .param("complaint", complaintId)
                .query(FromComment.class)
                .list();
    }

    /** Labels issues with the theme of the comment they came from (an issue keeps the first theme it got). */
    void labelTheme(Collection<Long> issueIds, long themeId) {
        if (!issueIds.isEmpty()) {
            jdbc.sql("update issue set theme_id = :theme where id in (:ids) and theme_id is null")
                    .param("theme", themeId)
                    .param("ids", issueIds)
                    .update();
        }
    }

    /** Where a signal-born issue belongs: its account, cue and touch point (either may be null). */
    record SignalKey(long accountId, Long cueId, Long touchPointId) {

        String lockName() {
            return accountId + "/" + cueId + "/" + touchPointId;
        }
    }

    /**
     * The open signal-born issue of this account, cue and touch point. Takes a transaction lock on that
     * key first, so a concurrent signal about the same problem waits for this transaction and then finds
     * (and attaches to) the issue it raised, instead of failing on the one-open-issue index.
     */
    Optional<Long> openSignalIssue(long accountId, Long cueId, Long touchPointId) {
        var key = new SignalKey(accountId, cueId, touchPointId);
        return Optional.ofNullable(openSignalIssues(accountId, List.of(key)).get(key));
    }

    /**
     * The open signal-born issues of one account under these keys, after taking the transaction lock of
     * each key: in name order, so two transactions locking overlapping keys queue rather than deadlock,
     * and named with the schema, as advisory locks are database-wide. Two statements for a response
     * however many signals it has. Keys without an open issue are absent from the map.
     */
    Map<SignalKey, Long> openSignalIssues(long accountId, Collection<SignalKey> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        lock(keys.stream().map(SignalKey::lockName).sorted().distinct().toArray(String[]::new));
        Map<SignalKey, Long> open = new HashMap<>();
        jdbc.sql(
                        """
                select id, cue_id, touch_point_id from issue where account_id = :a and source <> 'MANUAL'
                and signal_grouping = 'PER_SIGNAL' and issue_is_open(status)
                """)
                .param("a", accountId)
                .query((rs, row) -> open.put(
                        new SignalKey(accountId, (Long) rs.getObject("cue_id"), (Long) rs.getObject("touch_point_id")),
                        rs.getLong("id")))
                .list();
        open.keySet().retainAll(keys);
        return open;
    }

    /**
     * The open per-team issues of one account for these teams, by team, after taking each (account,
     * team) transaction lock in name order: a concurrent response reaching the same team waits, then
     * attaches to the issue this one raised. Teams without an open issue are absent from the map.
     */
    Map<Long, Long> openTeamIssues(long accountId, Collection<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return Map.of();
        }
        lock(teamIds.stream().map(team -> accountId + "/team/" + team).sorted().toArray(String[]::new));
        Map<Long, Long> open = new HashMap<>();
        jdbc.sql(
                        """
                select owner_team_id, min(id) from issue where account_id = :a and owner_team_id = any(:teams)
                and signal_grouping = 'PER_TEAM' and issue_is_open(status) group by owner_team_id
                """)
                .param("a", accountId)
                .param("teams", teamIds.toArray(Long[]::new))
                .query((rs, row) -> open.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return open;
    }

    /** The open per-team issue of this account and team, other than {@code except}. */
    Optional<Long> otherOpenTeamIssue(long accountId, long teamId, long except) {
        return jdbc.sql(
                        """
                select min(id) from issue where account_id = :a and owner_team_id = :t and id <> :except
                and signal_grouping = 'PER_TEAM' and issue_is_open(status)
                """)
                .param("a", accountId)
                .param("t", teamId)
                .param("except", except)
                .query(Long.class)
                .optional();
    }

    private void lock(String[] names) {
        jdbc.sql(
                        """
                select count(pg_advisory_xact_lock(hashtext(current_schema() || '/issue_signal'), hashtext(k)))
                from (select k from unnest(cast(:keys as text[])) k order by k) ordered
                """)
                .param("keys", names)
                .query(Long.class)
                .single();
    }

    /**
     * Resolved issues of the account on these cues, resolved before the response and not yet verified,
     * by cue, oldest issue first: one statement for all the answered cues of a response.
     */
    Map<Long, List<Long>> awaitingVerification(long accountId, Collection<Long> cueIds, Instant respondedAt) {
        Map<Long, List<Long>> byCue = new HashMap<>();
        if (cueIds.isEmpty()) {
            return byCue;
        }
        jdbc.sql(
                        """
                select cue_id, id from issue where account_id = :a and cue_id = any(:cues) and status = 'RESOLVED'
                and verification is null and resolved_at < :at order by id
                """)
                .param("a", accountId)
                .param("cues", cueIds.stream().distinct().toArray(Long[]::new))
                .param("at", Timestamp.from(respondedAt))
                .query((rs, row) -> byCue.computeIfAbsent(rs.getLong("cue_id"), c -> new ArrayList<>())
                        .add(rs.getLong("id")))
                .list();
        return byCue;
    }

    long verticalOf(long accountId) {
        return jdbc.sql("select vertical_market_id from account where id = :a")
                .param("a", accountId)
                .query(Long.class)
                .single();
    }
}
