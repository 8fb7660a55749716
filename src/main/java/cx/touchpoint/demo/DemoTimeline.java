package cx.touchpoint.demo;

import cx.touchpoint.base.ClockReplay;
import cx.touchpoint.issue.IntakeService;
import cx.touchpoint.issue.IssueService;
import cx.touchpoint.issue.SlaEscalation;
import cx.touchpoint.survey.NewResponse;
import cx.touchpoint.survey.ResponseService;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.DoubleConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The demo company's last months, replayed in time order through the same services as real use,
 * with the clock at the moment each thing happened: every survey response since the issue board went
 * live is recorded by {@link ResponseService#record} (which raises, attaches and verifies issues by
 * the domain's thresholds, routing rules, SLA policy and audit wording), complaints are taken in by
 * the {@link IntakeService}, the teams triage, assign, work and close issues through
 * {@link IssueService}, and the {@link SlaEscalation} runs every few hours.
 */
@Component
class DemoTimeline {

    /** By default the company started routing survey signals to the issue board 90 days ago. */
    static final int DEFAULT_REPLAY_DAYS = 90;

    private static final Duration ESCALATION_RUNS_EVERY = Duration.ofHours(6);
    private static final Logger log = LoggerFactory.getLogger(DemoTimeline.class);

    private final ResponseService responses;
    private final IntakeService intake;
    private final SlaEscalation escalation;
    private final DemoIssueHistory history;
    private final ClockReplay clock;
    private final Duration boardLive;

    /** Something that happens at a moment; {@code order} keeps equal moments in the order they were planned. */
    record Event(Instant at, long order, Runnable action) {}

    DemoTimeline(
            ResponseService responses,
            IntakeService intake,
            SlaEscalation escalation,
            DemoIssueHistory history,
            ClockReplay clock,
            @Value("${touchpoint.demo.replay-days:" + DEFAULT_REPLAY_DAYS + "}") int replayDays) {
        if (replayDays < 7 || replayDays > 365) {
            throw new IllegalArgumentException(
                    "touchpoint.demo.replay-days must be 7 to 365 (days replayed through the services), was "
                            + replayDays);
        }
        this.boardLive = Duration.ofDays(replayDays);
        this.responses = responses;
        this.intake = intake;
        this.escalation = escalation;
        this.history = history;
        this.clock = clock;
    }

    /** How long ago the issue board went live: from then on everything is replayed through the services. */
    Duration boardLive() {
        return boardLive;
    }

    void replay(
            DemoPeople people,
            List<NewResponse> liveResponses,
            List<DemoComplaints.Received> complaints,
            DemoRandom random,
            Instant now,
            DoubleConsumer progress) {
        var queue = new PriorityQueue<Event>(
                (a, b) -> a.at().equals(b.at()) ? Long.compare(a.order(), b.order()) : a.at().compareTo(b.at()));
        long[] order = {0};
        Set<Long> raised = new HashSet<>();
        java.util.function.Consumer<List<Long>> onIssues = ids -> {
            for (long id : ids) {
                if (raised.add(id)) {
                    for (DemoIssueHistory.Step step : history.plan(id, people, now, random)) {
                        queue.add(new Event(step.at(), order[0]++, step.action()));
                    }
                }
            }
        };
        for (NewResponse response : liveResponses) {
            queue.add(new Event(
                    response.respondedAt(),
                    order[0]++,
                    () -> onIssues.accept(responses.record(response).issueIds())));
        }
        for (DemoComplaints.Received complaint : complaints) {
            queue.add(new Event(
                    complaint.at(),
                    order[0]++,
                    () -> onIssues.accept(List.of(intake.onComplaintReceived(complaint.id())))));
        }
        for (Instant run = now.minus(boardLive); run.isBefore(now); run = run.plus(ESCALATION_RUNS_EVERY)) {
            queue.add(new Event(run, order[0]++, escalation::escalateOverdue));
        }
        queue.add(new Event(now, order[0]++, escalation::escalateOverdue));
        int done = 0;
        int total = queue.size();
        while (!queue.isEmpty()) {
            Event event = queue.poll();
            clock.at(event.at(), () -> {
                event.action().run();
                return null;
            });
            if (++done % 100 == 0) {
                progress.accept((double) done / total);
            }
            if (done % 5_000 == 0) {
                log.info(
                        "Demo data: replayed {} events of the last {} days ({} issues)",
                        done,
                        boardLive.toDays(),
                        raised.size());
            }
        }
        log.info(
                "Demo data: replayed {} responses, {} complaints, {} issues",
                liveResponses.size(),
                complaints.size(),
                raised.size());
    }
}
