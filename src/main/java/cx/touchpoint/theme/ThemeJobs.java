package cx.touchpoint.theme;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The background work of themes: drains the comment outbox every {@code touchpoint.themes.analysis-delay}
 * (default 2 s; {@code touchpoint.themes.enabled=false} stops it), batch by batch, each in its own transaction
 * (rows claimed with "for update skip locked", so several nodes share the work and a restart resumes where it
 * stopped); finds the first themes once enough comments are analysed and no theme exists; runs "Find new
 * themes" with its progress stored in {@code theme_run}.
 */
@Component
class ThemeJobs {

    /** Comments analysed before the first themes are looked for. */
    static final int FIRST_THEMES_AFTER = 30;

    private static final Logger log = LoggerFactory.getLogger(ThemeJobs.class);

    private final CommentAnalysis analysis;
    private final ThemeDiscovery discovery;
    private final ThemeQueries queries;
    private final ThemeReports reports;
    private final TransactionTemplate tx;
    private final TransactionTemplate separate;
    private final Clock clock;
    private final boolean enabled;

    ThemeJobs(
            CommentAnalysis analysis,
            ThemeDiscovery discovery,
            ThemeQueries queries,
            ThemeReports reports,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${touchpoint.themes.enabled:true}") boolean enabled) {
        this.analysis = analysis;
        this.discovery = discovery;
        this.queries = queries;
        this.reports = reports;
        this.tx = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.enabled = enabled;
    }

    /** At start: a run a stopped node left behind is marked failed (see {@link ThemeQueries#abandonRuns}); comments stored before the outbox existed are queued. */
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (!enabled) {
            return;
        }
        tx.executeWithoutResult(s -> queries.abandonRuns(clock.instant()));
        Integer queued = tx.execute(s -> queries.enqueueSurveyComments(clock.instant()));
        if (queued != null && queued > 0) {
            log.info("Themes: {} survey comments queued for analysis", queued);
        }
    }

    @Scheduled(fixedDelayString = "${touchpoint.themes.analysis-delay:PT2S}", initialDelayString = "PT5S")
    void scheduled() {
        if (enabled) {
            // a run whose node stopped is marked failed by any other node, so "Find new themes" works again
            tx.executeWithoutResult(s -> queries.abandonRuns(clock.instant()));
            analyseDue();
            firstThemesWhenNone();
        }
    }

    /** Analyses every due comment, batch after batch; returns how many were claimed. */
    int analyseDue() {
        int claimed = 0;
        int batch;
        long started = System.nanoTime();
        do {
            Integer n = tx.execute(s -> analysis.analyseDueBatch());
            batch = n == null ? 0 : n;
            claimed += batch;
            if (claimed > 0 && claimed % 1024 == 0) {
                var progress = reports.analysisProgress();
                log.info(
                        "Themes: {} comments analysed in this pass ({}/s), {} waiting",
                        claimed,
                        Math.round(claimed / ((System.nanoTime() - started) / 1e9)),
                        progress.pending());
            }
        } while (batch == CommentAnalysis.BATCH);
        return claimed;
    }

    /** The first clustering, when no theme exists yet and enough comments are analysed and none waits. */
    void firstThemesWhenNone() {
        Boolean due = tx.execute(s -> !queries.anyTheme() && reports.readyForFirstThemes(FIRST_THEMES_AFTER));
        if (Boolean.TRUE.equals(due)) {
            findThemes("system");
        }
    }

    /** Runs "Find new themes" now, unless one is running; returns the run's id. */
    Optional<Long> findThemes(String requestedBy) {
        Optional<Long> run = separate.execute(s -> queries.startRun(requestedBy, clock.instant()));
        if (run == null || run.isEmpty()) {
            return Optional.empty();
        }
        long id = run.get();
        long started = System.nanoTime();
        try {
            Integer created = tx.execute(s -> {
                queries.holdRunLock();
                return discovery.discover((step, percent, comments) -> {
                    separate.executeWithoutResult(p -> queries.progress(id, step, percent, comments));
                    log.info("Themes: {} ({} %)", step, percent);
                });
            });
            separate.executeWithoutResult(
                    s -> queries.finishRun(id, true, created == null ? 0 : created, null, clock.instant()));
            log.info("Themes: found {} new themes in {} s", created, (System.nanoTime() - started) / 1_000_000_000);
        } catch (RuntimeException e) {
            log.error("Themes: finding themes failed", e);
            separate.executeWithoutResult(s -> queries.finishRun(id, false, 0, e.toString(), clock.instant()));
        }
        return run;
    }
}
