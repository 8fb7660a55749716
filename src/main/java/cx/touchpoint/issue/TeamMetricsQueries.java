package cx.touchpoint.issue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Per-team issue handling, aggregated in PostgreSQL from issues and their audit trail. */
@Repository
class TeamMetricsQueries {

    private final JdbcClient jdbc;

    TeamMetricsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Time to triage = created until the first move out of "new" (audit trail). */
    List<TeamMetrics> perTeam(Instant now) {
        return jdbc.sql(
                        """
                select t.id as team_id, t.name as team,
                count(i.id) filter (where issue_is_open(i.status)) as open_issues,
                count(i.id) filter (where issue_overdue(i.status, i.sla_due_at, :now))
                as overdue_issues,
                (avg(extract(epoch from tr.triaged_at - i.created_at)) / 3600)::float8
                as hours_to_triage,
                (avg(extract(epoch from i.resolved_at - i.created_at)) / 3600)::float8
                as hours_to_resolve,
                (count(i.id) filter (where i.reopen_count > 0)::numeric
                / nullif(count(i.id) filter (where i.resolved_at is not null or i.reopen_count > 0), 0))::float8
                as reopen_rate,
                count(i.id) filter (where i.resolved_at is not null) as resolved_issues
                from team_directory t left join issue i on i.owner_team_id = t.id
                left join lateral (select min(e.occurred_at) as triaged_at from issue_event e
                where e.issue_id = i.id and e.kind = 'STATUS' and e.from_value = 'NEW') tr on true
                group by t.id, t.name order by t.name
                """)
                .param("now", Timestamp.from(now))
                .query(TeamMetrics.class)
                .list();
    }
}
