package cx.touchpoint.issue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The board's read side: cards per column, counts, one issue's detail, its trail and evidence. */
@Repository
class BoardQueries {

    static final String SEVERITY_RANK = "array_position(array['LOW','MEDIUM','HIGH','CRITICAL'], i.severity)";

    /** The account's segment, by the one classification of the segment feature (V10). */
    private static final String SEGMENT = "(select s.segment from account_segment s where s.account_id = i.account_id)";

    private static final String OVERDUE = "issue_overdue(i.status, i.sla_due_at, :now)";

    /**
     * Open, not yet overdue, and due before the end of today (:endOfToday, midnight in the company time zone):
     * a team lead's "due today".
     */
    private static final String DUE_TODAY =
            "(issue_is_open(i.status) and i.sla_due_at >= :now and i.sla_due_at < :endOfToday)";

    private static final String MINUTES_TO_DUE = "floor(extract(epoch from i.sla_due_at - :now) / 60)::bigint";

    private static final String CARD_COLUMNS = "select i.id, i.title, a.name as account_name, c.name as cue,"
            + " tp.name as touch_point, i.severity, i.status, t.name as team_name, u.full_name as assignee_name,"
            + " i.sla_due_at, " + MINUTES_TO_DUE + " as minutes_to_due, " + OVERDUE
            + " as overdue, g.full_name as escalated_to_name, i.verification, i.version, i.created_at";

    /** The names a card shows, joined to the issue rows {@code i}. */
    private static final String JOINS =
            " join account_facts a on a.id = i.account_id join team_directory t on t.id = i.owner_team_id"
                    + " left join perception_cue c on c.id = i.cue_id left join touch_point tp on tp.id = i.touch_point_id"
                    + " left join user_directory u on u.id = i.assignee_id left join user_directory g on g.id = i.escalated_to_id";

    private static final String FROM = " from issue i" + JOINS;

    /** Only the filters in use go into the SQL, so PostgreSQL plans no condition it does not need. */
    static String where(BoardFilter filter) {
        var where = new StringBuilder(" where true");
        if (filter.teamId() != null) {
            where.append(" and i.owner_team_id = :team");
        }
        if (filter.assigneeId() != null) {
            where.append(" and i.assignee_id = :assignee");
        }
        if (filter.overdueOnly()) {
            where.append(" and ").append(OVERDUE);
        }
        if (filter.unassignedOnly()) {
            where.append(" and i.assignee_id is null");
        }
        if (filter.dueTodayOnly()) {
            where.append(" and ").append(DUE_TODAY);
        }
        if (filter.segment() != null) {
            where.append(" and ").append(SEGMENT).append(" = :segment");
        }
        return where.toString();
    }

    /*
     * Mapped by hand: the generic record mapper asks the driver for Instant and enum values first and
     * falls back after an exception per value, which made a page of cards 20x slower than its query.
     */
    private static final RowMapper<IssueCard> CARD = (rs, row) -> new IssueCard(
            rs.getLong("id"),
            rs.getString("title"),
            rs.getString("account_name"),
            rs.getString("cue"),
            rs.getString("touch_point"),
            Severity.valueOf(rs.getString("severity")),
            IssueStatus.valueOf(rs.getString("status")),
            rs.getString("team_name"),
            rs.getString("assignee_name"),
            rs.getTimestamp("sla_due_at").toInstant(),
            rs.getLong("minutes_to_due"),
            rs.getBoolean("overdue"),
            rs.getString("escalated_to_name"),
            rs.getString("verification") == null ? null : Verification.valueOf(rs.getString("verification")),
            rs.getInt("version"),
            rs.getTimestamp("created_at").toInstant());

    private static final RowMapper<AuditEntry> AUDIT = (rs, row) -> new AuditEntry(
            rs.getTimestamp("occurred_at").toInstant(),
            rs.getString("actor_name"),
            AuditKind.valueOf(rs.getString("kind")),
            rs.getString("from_value"),
            rs.getString("to_value"),
            rs.getString("note"));

    private static final RowMapper<EvidenceItem> EVIDENCE = (rs, row) -> new EvidenceItem(
            rs.getTimestamp("added_at").toInstant(),
            rs.getString("kind"),
            rs.getString("excerpt"),
            (Integer) rs.getObject("nps"),
            rs.getString("contact_name"));

    private final JdbcClient jdbc;

    BoardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One column's page of cards: overdue first, then the most severe, the soonest due. The page is cut
     * from the {@code issue_board_order_idx} index (V140) alone and only its cards are read and joined to
     * their names. A closed column has no overdue cards: it is read in the index's order and stops after
     * its page, however many issues the company has closed.
     */
    List<IssueCard> cards(IssueStatus status, BoardFilter filter, BoardSort sort, Instant now, int offset, int limit) {
        String order = sort == BoardSort.URGENCY && !status.open()
                ? SEVERITY_RANK + " desc, i.sla_due_at, i.id"
                : sort.orderBy;
        String account = sort == BoardSort.REVENUE ? " join account_facts a on a.id = i.account_id" : "";
        return filtered(
                        CARD_COLUMNS + " from (select i.id, " + OVERDUE + " as overdue from issue i" + account
                                + where(filter)
                                + " and i.status = :status order by " + order + " offset :offset limit :limit) page"
                                + " join issue i on i.id = page.id" + JOINS + " order by " + order,
                        filter,
                        now)
                .param("status", status.name())
                .param("offset", offset)
                .param("limit", limit)
                .query(CARD)
                .list();
    }

    /**
     * One column's cards in id (creation) order after the given id, by keyset on {@code issue_status_id_idx}
     * (V215): an issue raised or changed between two pages neither repeats nor skips another.
     */
    List<IssueCard> cardsAfter(IssueStatus status, BoardFilter filter, Instant now, Long afterId, int limit) {
        return filtered(
                        CARD_COLUMNS + FROM + where(filter) + " and i.status = :status"
                                + (afterId == null ? "" : " and i.id > :after") + " order by i.id limit :limit",
                        filter,
                        now)
                .param("status", status.name())
                .param("after", afterId)
                .param("limit", limit)
                .query(CARD)
                .list();
    }

    Map<IssueStatus, Long> counts(BoardFilter filter, Instant now) {
        return filtered("select i.status, count(*) as n" + FROM + where(filter) + " group by i.status", filter, now)
                .query((rs, row) -> Map.entry(IssueStatus.valueOf(rs.getString(1)), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Optional<IssueDetail> detail(long id, Instant now) {
        return jdbc.sql("select i.id, i.title, i.description, i.source, i.account_id, a.name as account_name,"
                        + " c.name as cue, tp.name as touch_point, i.severity, i.status, i.owner_team_id as team_id,"
                        + " t.name as team_name, i.assignee_id, u.full_name as assignee_name,"
                        + " r.name as routing_rule_name, i.created_at, i.sla_due_at, " + MINUTES_TO_DUE
                        + " as minutes_to_due, "
                        + OVERDUE + " as overdue,"
                        + " i.escalated_at, g.full_name as escalated_to_name, i.resolved_at, i.verification,"
                        + " i.reopen_count, i.version, th.name as theme_name" + FROM
                        + " left join routing_rule r on r.id = i.routing_rule_id"
                        + " left join theme_facts th on th.id = i.theme_id where i.id = :id")
                .param("id", id)
                .param("now", Timestamp.from(now))
                .query(IssueDetail.class)
                .optional();
    }

    List<AuditEntry> auditTrail(long issueId) {
        return jdbc.sql(
                        """
                select e.occurred_at, u.full_name as actor_name, e.kind, e.from_value, e.to_value, e.note
                from issue_event e left join user_directory u on u.id = e.actor_id
                where e.issue_id = :id order by e.occurred_at desc, e.id desc
                """)
                .param("id", issueId)
                .query(AUDIT)
                .list();
    }

    List<EvidenceItem> evidence(long issueId) {
        return jdbc.sql(
                        """
                select ev.added_at, case when ev.response_id is not null then 'Survey response'
                when ev.complaint_id is not null then 'Complaint' else 'Note' end as kind,
                case when ev.excerpt <> '' then ev.excerpt when ev.response_id is not null then r.comment
                else coalesce(cp.body, '') end as excerpt, r.nps,
                coalesce(rc.full_name, cc.full_name) as contact_name
                from issue_evidence ev left join response_facts r on r.id = ev.response_id
                left join contact_facts rc on rc.id = r.contact_id left join complaint cp on cp.id = ev.complaint_id
                left join contact_facts cc on cc.id = cp.contact_id
                where ev.issue_id = :id order by ev.added_at desc, ev.id desc
                """)
                .param("id", issueId)
                .query(EVIDENCE)
                .list();
    }

    /** The open issues escalated to this manager, the longest overdue first. */
    List<IssueCard> escalatedTo(long userId, Instant now, int offset, int limit) {
        return jdbc.sql(CARD_COLUMNS + FROM + " where i.escalated_to_id = :user and issue_is_open(i.status)"
                        + " order by i.sla_due_at, i.id offset :offset limit :limit")
                .param("user", userId)
                .param("now", Timestamp.from(now))
                .param("offset", offset)
                .param("limit", limit)
                .query(CARD)
                .list();
    }

    boolean managesATeam(long userId) {
        return jdbc.sql("select exists (select 1 from team_directory where general_manager_id = :u)")
                .param("u", userId)
                .query(Boolean.class)
                .single();
    }

    Optional<IssueCard> card(long issueId, Instant now) {
        return jdbc.sql(CARD_COLUMNS + FROM + " where i.id = :id")
                .param("id", issueId)
                .param("now", Timestamp.from(now))
                .query(CARD)
                .optional();
    }

    List<IssueCard> assignedTo(long userId, Instant now, int offset, int limit) {
        return jdbc.sql(CARD_COLUMNS + FROM + " where i.assignee_id = :user"
                        + " order by issue_is_open(i.status) desc, overdue desc, i.sla_due_at, i.id"
                        + " offset :offset limit :limit")
                .param("user", userId)
                .param("now", Timestamp.from(now))
                .param("offset", offset)
                .param("limit", limit)
                .query(CARD)
                .list();
    }

    /**
     * What the signed-in person must do today: their team's new and unassigned, due today and overdue issues,
     * the open issues assigned to them and those escalated to them. {@code teamId} null: no team counts.
     */
    IssueTasks tasks(Long teamId, long userId, Instant now) {
        return jdbc.sql("select count(*) filter (where i.owner_team_id = :team and i.status = 'NEW'"
                        + " and i.assignee_id is null) as new_unassigned,"
                        + " count(*) filter (where i.owner_team_id = :team and " + DUE_TODAY + ") as due_today,"
                        + " count(*) filter (where i.owner_team_id = :team and " + OVERDUE + ") as overdue,"
                        + " count(*) filter (where i.assignee_id = :user) as assigned_to_me,"
                        + " count(*) filter (where i.escalated_to_id = :user) as escalated_to_me,"
                        + " exists (select 1 from team_directory where general_manager_id = :user) as general_manager"
                        + " from issue i where issue_is_open(i.status) and (i.owner_team_id = :team"
                        + " or i.assignee_id = :user or i.escalated_to_id = :user)")
                .param("team", teamId)
                .param("user", userId)
                .param("now", Timestamp.from(now))
                .param("endOfToday", Timestamp.from(endOfToday(now)))
                .query((rs, row) -> new IssueTasks(
                        teamId,
                        rs.getLong("new_unassigned"),
                        rs.getLong("due_today"),
                        rs.getLong("overdue"),
                        rs.getLong("assigned_to_me"),
                        rs.getLong("escalated_to_me"),
                        rs.getBoolean("general_manager")))
                .single();
    }

    /** The next midnight after {@code now} in the company time zone. */
    static Instant endOfToday(Instant now) {
        var zone = cx.touchpoint.base.CompanyTimeZone.zone();
        return now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    }

    private JdbcClient.StatementSpec filtered(String sql, BoardFilter filter, Instant now) {
        return jdbc.sql(sql)
                .param("team", filter.teamId())
                .param("assignee", filter.assigneeId())
                .param("overdueOnly", filter.overdueOnly())
                .param("endOfToday", Timestamp.from(endOfToday(now)))
                .param(
                        "segment",
                        filter.segment() == null ? null : filter.segment().name())
                .param("now", Timestamp.from(now));
    }
}
