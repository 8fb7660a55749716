package cx.touchpoint.demo;

import cx.touchpoint.issue.IssueChangeService;
import cx.touchpoint.issue.IssueDetail;
import cx.touchpoint.issue.IssueService;
import cx.touchpoint.issue.IssueStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * How the demo's teams work an issue, by its age: older issues are closed, recent ones new. Each step
 * is a change made through {@link IssueChangeService} by the team lead or specialist who makes it, at the
 * time it happens (see {@link DemoTimeline}), so the board's rules and audit trail apply. A step the
 * board no longer allows by then (a customer's answer reopened the issue) is left out, as a person
 * would.
 */
@Component
class DemoIssueHistory {

    /** A change to make at a moment. */
    record Step(Instant at, Runnable action) {}

    private final IssueService issues;
    private final IssueChangeService changes;
    private final UserDetailsService users;
    private final JdbcClient jdbc;
    private final Map<Long, UserDetails> people = new HashMap<>();

    DemoIssueHistory(IssueService issues, IssueChangeService changes, UserDetailsService users, JdbcClient jdbc) {
        this.issues = issues;
        this.changes = changes;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** The life of the issue just raised, from its creation to the status its age calls for. */
    List<Step> plan(long issueId, DemoPeople company, Instant now, DemoRandom random) {
        IssueDetail issue = as(company.executive(), () -> issues.detail(issueId).orElseThrow());
        String teamCode = company.teamCode(issue.teamId());
        IssueStatus target = targetStatus(issue.createdAt(), issue.slaDueAt(), now, random);
        long lead = company.teamLeads().get(teamCode);
        List<Long> team = company.specialists().getOrDefault(teamCode, List.of());
        long specialist = issue.assigneeId() != null ? issue.assigneeId() : team.isEmpty() ? lead : random.pick(team);
        List<Step> steps = new ArrayList<>();
        if (target == IssueStatus.NEW) {
            return steps;
        }
        Instant at = step(issue.createdAt(), now, random, 2, 30);
        steps.add(new Step(at, () -> move(issueId, lead, IssueStatus.TRIAGED)));
        if (target == IssueStatus.WONT_FIX) {
            steps.add(new Step(step(at, now, random, 4, 48), () -> move(issueId, lead, IssueStatus.WONT_FIX)));
            return steps;
        }
        if (issue.assigneeId() == null) {
            steps.add(new Step(at, () -> assign(issueId, lead, specialist)));
        }
        if (target == IssueStatus.TRIAGED) {
            return steps;
        }
        at = step(at, now, random, 4, 72);
        steps.add(new Step(at, () -> move(issueId, specialist, IssueStatus.IN_PROGRESS)));
        if (target == IssueStatus.IN_PROGRESS) {
            return steps;
        }
        at = step(at, now, random, 24, 240);
        steps.add(new Step(at, () -> resolve(issueId, specialist, RESOLUTIONS[(int) (issueId % RESOLUTIONS.length)])));
        if (target == IssueStatus.CLOSED) {
            steps.add(new Step(step(at, now, random, 72, 400), () -> move(issueId, lead, IssueStatus.CLOSED)));
        }
        return steps;
    }

    /** Within its SLA an issue is still being worked; past it, most are done and some overdue. */
    private static IssueStatus targetStatus(Instant created, Instant due, Instant now, DemoRandom random) {
        double p = random.uniform(0, 1);
        long ageDays = Duration.between(created, now).toDays();
        if (due.isAfter(now)) {
            return p < 0.35
                    ? IssueStatus.NEW
                    : p < 0.7 ? IssueStatus.TRIAGED : p < 0.95 ? IssueStatus.IN_PROGRESS : IssueStatus.RESOLVED;
        }
        if (ageDays <= 30) {
            return p < 0.2
                    ? IssueStatus.IN_PROGRESS
                    : p < 0.3 ? IssueStatus.TRIAGED : p < 0.7 ? IssueStatus.RESOLVED : IssueStatus.CLOSED;
        }
        if (ageDays <= 60) {
            return p < 0.35 ? IssueStatus.RESOLVED : p < 0.92 ? IssueStatus.CLOSED : IssueStatus.IN_PROGRESS;
        }
        return p < 0.72 ? IssueStatus.CLOSED : p < 0.82 ? IssueStatus.WONT_FIX : IssueStatus.RESOLVED;
    }

    /**
     * Moves the issue as {@code actor} if the board still allows it: a customer's answer may have
     * reopened it since the step was planned, and then a person would not try. (A refused change
     * would mark the generation's one transaction for rollback.)
     */
    private void move(long issueId, long actor, IssueStatus target) {
        as(actor, () -> {
            IssueDetail issue = issues.detail(issueId).orElseThrow();
            if (issue.status().nextStatuses().contains(target)) {
                changes.move(issueId, issue.version(), target);
            }
            return null;
        });
    }

    /** What specialists write when they resolve an issue. */
    private static final String[] RESOLUTIONS = {
        "Called the customer, found the cause and fixed it; asked them to tell us if it happens again.",
        "Fixed the root cause and credited the customer; their account executive confirmed by phone.",
        "Corrected the record and sent the customer a written explanation.",
        "Worked through it with the customer's operations lead; agreed a follow-up check next month.",
        "Changed our process so it cannot recur; the customer was told what we changed."
    };

    private void resolve(long issueId, long actor, String note) {
        as(actor, () -> {
            IssueDetail issue = issues.detail(issueId).orElseThrow();
            if (issue.status().nextStatuses().contains(IssueStatus.RESOLVED)) {
                changes.resolve(issueId, issue.version(), note);
            }
            return null;
        });
    }

    private void assign(long issueId, long lead, long specialist) {
        as(lead, () -> {
            IssueDetail issue = issues.detail(issueId).orElseThrow();
            if (issue.status().open() && issue.assigneeId() == null) {
                changes.assign(issueId, issue.version(), specialist);
            }
            return null;
        });
    }

    /** Runs the work signed in as this person. */
    private <T> T as(long userId, java.util.function.Supplier<T> work) {
        var context = SecurityContextHolder.getContext();
        var before = context.getAuthentication();
        UserDetails user = people.computeIfAbsent(
                userId,
                id -> users.loadUserByUsername(jdbc.sql("select username from app_user where id = ?")
                        .param(id)
                        .query(String.class)
                        .single()));
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            context.setAuthentication(before);
        }
    }

    /** The next step's time: some hours later, never in the future. */
    private static Instant step(Instant at, Instant now, DemoRandom random, int minHours, int maxHours) {
        Instant next = at.plus(Duration.ofHours(random.between(minHours, maxHours)));
        Instant latest = now.minus(Duration.ofMinutes(5));
        return next.isAfter(latest) ? (at.isBefore(latest) ? latest : at) : next;
    }
}
