package cx.touchpoint.demo;

import cx.touchpoint.demo.DemoSurveyTemplates.Template;
import cx.touchpoint.summary.Summaries;
import cx.touchpoint.theme.ThemeService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The whole demo company, generated from one fixed seed relative to today: the same day gives the
 * same data. See the README for what it contains and the story its dashboards tell.
 */
@Component
class DemoCompany {

    private static final Logger log = LoggerFactory.getLogger(DemoCompany.class);

    static final long SEED = 20_070_201L;

    /** Tables whose demo ids are assigned here; their identity sequences are moved past them. */
    private static final List<String> EXPLICIT_ID_TABLES = List.of("account", "contact", "survey_response");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DemoOrganisation organisation;
    private final DemoAccounts accounts;
    private final DemoStandards standards;
    private final DemoSurveyTemplates templates;
    private final DemoResponses responses;
    private final DemoTimeline timeline;
    private final DemoSurveyProgramme programme;
    private final Summaries summaries;
    private final ThemeService themes;
    private final DemoApiTokens apiTokens;

    DemoCompany(
            JdbcClient jdbc,
            Clock clock,
            DemoOrganisation organisation,
            DemoAccounts accounts,
            DemoStandards standards,
            DemoSurveyTemplates templates,
            DemoResponses responses,
            DemoTimeline timeline,
            DemoSurveyProgramme programme,
            Summaries summaries,
            ThemeService themes,
            DemoApiTokens apiTokens) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.organisation = organisation;
        this.accounts = accounts;
        this.standards = standards;
        this.templates = templates;
        this.responses = responses;
        this.timeline = timeline;
        this.programme = programme;
        this.summaries = summaries;
        this.themes = themes;
        this.apiTokens = apiTokens;
    }

    void generate() {
        generate((percent, step) -> {});
    }

    /** Generates the demo company, telling {@code progress} how far it is (percent 0-99, the step in words). */
    void generate(BiConsumer<Integer, String> progress) {
        progress.accept(1, "Creating the organisation and the accounts");
        var random = new DemoRandom(SEED);
        // what a denser company answers beyond the default (DemoDensity) draws from a stream of its own
        var extra = new DemoRandom(SEED + 1);
        var now = clock.instant();
        var today = LocalDate.now(clock);
        long started = System.nanoTime();
        DemoPeople people = organisation.create();
        apiTokens.create();
        Instant boardLive = now.minus(timeline.boardLive());
        record History(Template relationship, List<Template> transactions, DemoResponses.Recent recent) {}
        // the bulk-loaded history skips the summary triggers; the summaries are rebuilt once after it by the
        // same rules, and the replayed days below maintain them on write, as real use does
        History history = summaries.deferredWhile(() -> {
            List<DemoAccount> customers = accounts.create(people, random, extra, today);
            log.info("Demo data: {} accounts", customers.size());
            progress.accept(5, "Copying two years of survey history");
            var standardIds = standards.create(random, today);
            Template relationship = templates.relationship(standardIds);
            List<Template> transactions = templates.transactions(standardIds);
            var recent = responses.create(people, customers, relationship, transactions, random, extra, now, boardLive);
            log.info("Demo data: survey history copied in {} s; rebuilding the summaries", seconds(started));
            progress.accept(10, "Rebuilding the summaries");
            return new History(relationship, transactions, recent);
        });
        moveIdSequencesPastDemoIds();
        // fresh statistics, so the replay and the first dashboards are planned for the answers stored, not for none
        jdbc.sql("analyze account, contact, survey_response, response_answer, manager_estimate, standard_actual")
                .update();
        progress.accept(17, "Replaying the last 90 days of surveys and issues");
        long replayStarted = System.nanoTime();
        log.info(
                "Demo data: survey history stored in {} s; replaying {} responses of the last {} days",
                seconds(started),
                history.recent().replayed().size(),
                timeline.boardLive().toDays());
        var complaints = DemoComplaints.create(jdbc, random, now, timeline.boardLive());
        // the replay of the last 90 days through the services is most of the time: 17 % to 90 %
        timeline.replay(
                people,
                history.recent().replayed(),
                complaints,
                random,
                now,
                share -> progress.accept(17 + (int) (73 * share), "Replaying the last 90 days of surveys and issues"));
        progress.accept(90, "Preparing the survey programme");
        log.info("Demo data: replayed in {} s", seconds(replayStarted));
        responses.storeInBulk(history.recent().bulk());
        moveIdSequencesPastDemoIds();
        // the comments copied in bulk go to the analysis outbox too (the replayed ones went with their response)
        log.info("Demo data: {} survey comments queued for theme analysis", themes.queueUnanalysedSurveyComments());
        responses.lastSurveyed();
        // the survey programme in progress: preparations, drafts shared with customers, invitations, the outbox
        programme.create(people, history.relationship(), history.transactions(), random, now);
        goals(people, today);
        jdbc.sql("analyze survey_response, response_answer, issue, issue_event, issue_evidence, account_score,"
                        + " account_wave_score, answer_month, answer_item_month, response_month,"
                        + " response_book_month, driver_month, driver_book_month")
                .update();
    }

    private void moveIdSequencesPastDemoIds() {
        for (String table : EXPLICIT_ID_TABLES) {
            jdbc.sql("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table
                            + "))")
                    .query(Long.class)
                    .single();
        }
    }

    private static String seconds(long since) {
        return String.format("%.1f", (System.nanoTime() - since) / 1e9);
    }

    /** The executive's experience goals for every team this quarter. */
    private void goals(DemoPeople people, LocalDate today) {
        LocalDate quarter = today.with(IsoFields.DAY_OF_QUARTER, 1);
        for (long team : people.teams().values()) {
            jdbc.sql(
                            """
                    insert into experience_goal (team_id, metric, period_start, target_value, set_by) values
                    (:t, 'SUMMARY_SCORE', :p, 5.50, :by), (:t, 'NPS', :p, 30, :by),
                    (:t, 'OVERDUE_ISSUES', :p, 0, :by)
                    """)
                    .param("t", team)
                    .param("p", java.sql.Date.valueOf(quarter))
                    .param("by", people.executive())
                    .update();
        }
    }
}
