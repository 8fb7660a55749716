package cx.touchpoint.demo;

import cx.touchpoint.issue.routing.Route;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Plays a demo issue's life from creation to its current status by its age, writing every step to
 * the audit trail: older issues are closed, recent ones new; open ones past their SLA are
 * escalated to the general manager.
 */
@Component
class DemoIssueHistory {

    private final JdbcClient jdbc;

    DemoIssueHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns the status the issue ended in. */
    String play(
            long issueId,
            DemoPeople people,
            Route route,
            Instant created,
            Instant due,
            Instant now,
            DemoRandom random) {
        String teamCode = people.teamCode(route.teamId());
        event(
                issueId,
                created,
                null,
                "CREATED",
                null,
                "NEW",
                route.ruleName() == null
                        ? "No routing rule matched: routed to " + teamCode.replace('_', ' ') + " for triage."
                        : "Routed by rule \"" + route.ruleName() + "\".");
        String target = targetStatus(created, due, now, random);
        long lead = people.teamLeads().get(teamCode);
        List<Long> team = people.specialists().get(teamCode);
        long specialist = team.isEmpty() ? lead : random.pick(team);
        Instant at = created;
        String status = "NEW";
        Long assignee = null;
        Instant resolved = null;
        Instant closed = null;
        String verification = null;
        if (!target.equals("NEW")) {
            at = step(at, now, random, 2, 30);
            status = transition(issueId, at, lead, status, "TRIAGED");
            if (target.equals("WONT_FIX")) {
                at = step(at, now, random, 4, 48);
                status = transition(issueId, at, lead, status, "WONT_FIX");
            } else {
                assignee = specialist;
                event(issueId, at, lead, "ASSIGNEE", null, name(specialist), "");
            }
        }
        if (List.of("IN_PROGRESS", "RESOLVED", "CLOSED").contains(target)) {
            at = step(at, now, random, 4, 72);
            status = transition(issueId, at, specialist, status, "IN_PROGRESS");
        }
        if (List.of("RESOLVED", "CLOSED").contains(target)) {
            at = step(at, now, random, 24, 240);
            status = transition(issueId, at, specialist, status, "RESOLVED");
            resolved = at;
        }
        if (target.equals("CLOSED")) {
            at = step(at, now, random, 72, 400);
            status = transition(issueId, at, lead, status, "CLOSED");
            closed = at;
            if (random.chance(0.6)) {
                verification = "VERIFIED";
                event(
                        issueId,
                        at,
                        null,
                        "VERIFICATION",
                        null,
                        verification,
                        "The customer's next survey scored this cue 5 or higher");
            }
        }
        Instant escalated = null;
        if (List.of("NEW", "TRIAGED", "IN_PROGRESS").contains(status) && due.isBefore(now) && random.chance(0.75)) {
            escalated = due.plus(Duration.ofMinutes(15));
            event(
                    issueId,
                    escalated,
                    null,
                    "ESCALATED",
                    null,
                    name(people.generalManager()),
                    "Open past its SLA: escalated to the general manager");
        }
        jdbc.sql("update issue set status = ?, assignee_id = ?, resolved_at = ?, closed_at = ?, verification = ?,"
                        + " escalated_at = ?, escalated_to_id = ?, updated_at = ? where id = ?")
                .params(
                        status,
                        assignee,
                        ts(resolved),
                        ts(closed),
                        verification,
                        ts(escalated),
                        escalated == null ? null : people.generalManager(),
                        Timestamp.from(at),
                        issueId)
                .update();
        return status;
    }

    /** Within its SLA an issue is still being worked; past it, most are done and some overdue. */
    private static String targetStatus(Instant created, Instant due, Instant now, DemoRandom random) {
        double p = random.uniform(0, 1);
        long ageDays = Duration.between(created, now).toDays();
        if (due.isAfter(now)) return p < 0.35 ? "NEW" : p < 0.7 ? "TRIAGED" : p < 0.95 ? "IN_PROGRESS" : "RESOLVED";
        if (ageDays <= 30) return p < 0.2 ? "IN_PROGRESS" : p < 0.3 ? "TRIAGED" : p < 0.7 ? "RESOLVED" : "CLOSED";
        if (ageDays <= 60) return p < 0.35 ? "RESOLVED" : p < 0.92 ? "CLOSED" : "IN_PROGRESS";
        return p < 0.72 ? "CLOSED" : p < 0.82 ? "WONT_FIX" : "RESOLVED";
    }

    private String transition(long issueId, Instant at, long actor, String from, String to) {
        event(issueId, at, actor, "STATUS", from, to, "");
        return to;
    }

    private void event(long issueId, Instant at, Long actor, String kind, String from, String to, String note) {
        jdbc.sql("insert into issue_event (issue_id, occurred_at, actor_id, kind, from_value, to_value, note)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(issueId, Timestamp.from(at), actor, kind, from, to, note)
                .update();
    }

    /** The next step's time: some hours later, never in the future. */
    private static Instant step(Instant at, Instant now, DemoRandom random, int minHours, int maxHours) {
        Instant next = at.plus(Duration.ofHours(random.between(minHours, maxHours)));
        Instant latest = now.minus(Duration.ofMinutes(5));
        return next.isAfter(latest) ? (at.isBefore(latest) ? latest : at) : next;
    }

    private String name(long userId) {
        return jdbc.sql("select full_name from app_user where id = ?")
                .param(userId)
                .query(String.class)
                .single();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
