package cx.touchpoint.demo;

import cx.touchpoint.base.Text;
import cx.touchpoint.issue.Severity;
import cx.touchpoint.issue.routing.Route;
import cx.touchpoint.issue.routing.RoutingSample;
import cx.touchpoint.issue.routing.RoutingService;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issues raised from the last half-year's low scores, detractors and complaints, routed by the
 * routing rules, in every status of the board, with their evidence and audit trail. Open issues
 * past their SLA are escalated to the general manager.
 */
@Component
class DemoIssues {

    /** A low score or complaint that becomes an issue, or evidence on an open one. */
    record Signal(
            String source,
            Long responseId,
            Long complaintId,
            long accountId,
            long verticalMarketId,
            Long touchPointId,
            Long cueId,
            String cueName,
            String touchPointName,
            Integer nps,
            int lowest,
            String comment,
            Instant at) {}

    private static final Set<String> OPEN = Set.of("NEW", "TRIAGED", "IN_PROGRESS");

    private final JdbcClient jdbc;
    private final DemoIssueHistory history;
    private final RoutingService issues;

    DemoIssues(JdbcClient jdbc, DemoIssueHistory history, RoutingService issues) {
        this.jdbc = jdbc;
        this.history = history;
        this.issues = issues;
    }

    void create(DemoPeople people, DemoRandom random, Instant now) {
        Map<String, Integer> dueHours = new HashMap<>();
        jdbc.sql("select severity, due_hours from sla_policy")
                .query((rs, n) -> dueHours.put(rs.getString(1), rs.getInt(2)))
                .list();
        List<Signal> signals = new ArrayList<>(responseSignals(now));
        signals.addAll(DemoComplaints.create(jdbc, random, now));
        signals.sort((a, b) -> a.at().compareTo(b.at()));
        Map<String, Long> openIssues = new HashMap<>();
        for (Signal signal : signals) {
            boolean recent = signal.at().isAfter(now.minus(Duration.ofDays(21)));
            if (signal.source().equals("RESPONSE") && !random.chance(recent ? 0.9 : 0.2)) {
                continue; // a sample of the low scores: keeps the demo board readable
            }
            String key = signal.accountId() + "/" + signal.cueId() + "/" + signal.touchPointId();
            Long open = openIssues.get(key);
            if (open != null) {
                evidence(open, signal);
                continue;
            }
            String severity = severity(signal, random);
            Route route = issues.route(new RoutingSample(
                    signal.comment(),
                    signal.cueId(),
                    signal.touchPointId(),
                    signal.verticalMarketId(),
                    Severity.valueOf(severity)));
            Instant created = signal.at().plus(Duration.ofMinutes(random.between(2, 90)));
            Instant due = created.plus(Duration.ofHours(dueHours.get(severity)));
            long id = jdbc.sql("insert into issue (source, account_id, touch_point_id, cue_id, title, description,"
                            + " severity, owner_team_id, routing_rule_id, created_at, updated_at, sla_due_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
                    .params(
                            signal.source(),
                            signal.accountId(),
                            signal.touchPointId(),
                            signal.cueId(),
                            title(signal),
                            signal.comment(),
                            severity,
                            route.teamId(),
                            route.ruleId(),
                            Timestamp.from(created),
                            Timestamp.from(created),
                            Timestamp.from(due))
                    .query(Long.class)
                    .single();
            evidence(id, signal);
            String status = history.play(id, people, route, created, due, now, random);
            if (OPEN.contains(status)) {
                openIssues.put(key, id);
            }
        }
    }

    private List<Signal> responseSignals(Instant now) {
        return jdbc.sql("select 'RESPONSE' as source, r.id as response_id, null::bigint as complaint_id,"
                        + " r.account_id, a.vertical_market_id, r.touch_point_id, low.cue_id, low.cue_name,"
                        + " coalesce(tp.name, 'the relationship') as touch_point_name, r.nps, low.experienced as lowest,"
                        + " r.comment, r.responded_at as at"
                        + " from survey_response r join account a on a.id = r.account_id and a.status = 'ACTIVE'"
                        + " left join touch_point tp on tp.id = r.touch_point_id"
                        + " cross join lateral (select i.cue_id, c.name as cue_name, x.experienced"
                        + "   from response_answer x join survey_item i on i.id = x.item_id"
                        + "   join perception_cue c on c.id = i.cue_id"
                        + "   where x.response_id = r.id order by x.experienced, i.position limit 1) low"
                        + " where r.responded_at >= ? and (r.nps <= 6 or low.experienced <= 3)"
                        + " order by r.responded_at, r.id")
                .param(Timestamp.from(now.minus(Duration.ofDays(200))))
                .query(Signal.class)
                .list();
    }

    private void evidence(long issueId, Signal signal) {
        String excerpt = signal.comment().isBlank()
                ? signal.cueName() + " experienced " + signal.lowest() + " of 7"
                        + (signal.nps() == null ? "" : ", NPS answer " + signal.nps())
                : signal.comment();
        jdbc.sql("insert into issue_evidence (issue_id, response_id, complaint_id, excerpt, added_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(issueId, signal.responseId(), signal.complaintId(), excerpt, Timestamp.from(signal.at()))
                .update();
    }

    private static String severity(Signal signal, DemoRandom random) {
        if (signal.lowest() <= 1 || (signal.nps() != null && signal.nps() <= 1)) {
            return random.chance(0.25) ? "CRITICAL" : "HIGH";
        }
        if (signal.source().equals("COMPLAINT")) {
            return "HIGH";
        }
        if (signal.lowest() <= 2) {
            return random.chance(0.3) ? "HIGH" : "MEDIUM";
        }
        return random.chance(0.3) ? "LOW" : "MEDIUM";
    }

    private static String title(Signal signal) {
        if (!signal.comment().isBlank()) {
            String first = signal.comment().split("[.;:]")[0].trim();
            return Text.shorten(first, 120);
        }
        return signal.cueName() + " below expectations at " + signal.touchPointName();
    }
}
