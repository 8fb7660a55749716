package cx.touchpoint.demo;

import cx.touchpoint.demo.DemoSurveyTemplates.Item;
import cx.touchpoint.demo.DemoSurveyTemplates.Template;
import cx.touchpoint.survey.NewResponse;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Two years of answers: a relationship survey wave per quarter, transaction surveys after touch-point
 * events, and managers' estimates of what customers expect. Reliability shows the clear delivery
 * gap (customers expect most of it and experience least); managers underestimate responsiveness.
 */
@Component
class DemoResponses {

    /** How each cue's experience departs from the account's summary score (the effects sum to 0). */
    private static final Map<String, Double> EXPERIENCE_EFFECT = Map.of(
            "competence",
            0.35,
            "reliability",
            -0.6,
            "responsiveness",
            -0.3,
            "transaction_security",
            0.3,
            "trustworthiness",
            0.2,
            "access",
            0.05);

    /**
     * How strongly a relationship respondent's likelihood to recommend follows their own reliability
     * experience, beyond the account's score: 0-10 points per 1-7 point of reliability above or below what
     * the account's score leads one to expect. This makes reliability the key driver of NPS (issue 21) while
     * leaving the mean NPS where it was; the other cues move it only through the account's score.
     */
    static final double RELIABILITY_PULL = 1.1;

    /** The vertical market (index) whose NPS drops for real in the current wave: Manufacturing. */
    static final int DROPPING_VERTICAL = 2;

    /** The drop, in 0-10 points of each of its current-wave relationship answers. */
    static final int VERTICAL_DROP = 2;

    private static final Map<String, Double> EXPECTATION = Map.of(
            "competence",
            5.6,
            "reliability",
            6.3,
            "responsiveness",
            6.0,
            "transaction_security",
            5.9,
            "trustworthiness",
            5.7,
            "access",
            5.3);

    /** How far managers' beliefs about customer expectations are off, per cue (gap 1). */
    private static final Map<String, Double> MANAGER_BIAS = Map.of(
            "competence",
            0.2,
            "reliability",
            -0.4,
            "responsiveness",
            -0.9,
            "transaction_security",
            0.0,
            "trustworthiness",
            0.1,
            "access",
            0.0);

    private static final Map<String, Double> TOUCH_POINT_EFFECT =
            Map.of("delivery", -0.5, "support", -0.3, "onboarding", 0.0, "invoicing", 0.2);

    private static final Logger log = LoggerFactory.getLogger(DemoResponses.class);

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final DemoDensity density;
    private final int maxReplayed;

    /** A response since the issue board went live, and the survey it answers. */
    record Live(NewResponse response, Template survey) {}

    /**
     * The responses since the issue board went live, oldest first: {@code replayed} through the
     * services; beyond {@link #MAX_REPLAYED} an evenly spread sample is, and the rest, {@code bulk},
     * is stored in bulk after the replay, so the replay stays bounded at any density.
     */
    record Recent(List<NewResponse> replayed, List<Live> bulk) {}

    /** At most this many responses are replayed through the response service. */
    static final int MAX_REPLAYED = 5_000;

    /** The rows of one generation run, streamed into the tables with COPY. */
    private static final class Rows {
        final DemoCopy responses;
        final DemoCopy answers;
        final List<Live> live = new ArrayList<>();
        final Instant liveSince;
        long nextResponseId;

        Rows(DataSource dataSource, long firstId, Instant liveSince) {
            this.liveSince = liveSince;
            responses = new DemoCopy(
                    dataSource,
                    "survey_response",
                    "id, template_id, wave_id, account_id, contact_id, touch_point_id, pattern, channel, nps, comment,"
                            + " responded_at");
            answers = new DemoCopy(
                    dataSource,
                    "response_answer",
                    "response_id, item_id, expected, experienced, expected_value, perceived_value",
                    responses);
            nextResponseId = firstId;
        }

        /** Adds one response and its answers to the COPY streams. */
        void copy(NewResponse response, Template survey) {
            long id = nextResponseId++;
            // the response before its answers: a chunk of answers is written only after its responses
            this.responses.row(
                    id,
                    survey.id(),
                    response.waveId(),
                    response.accountId(),
                    response.contactId(),
                    survey.touchPointId(),
                    survey.touchPoint() == null ? "PRESENT" : "PAST",
                    "SURVEY_LINK",
                    response.nps(),
                    response.comment(),
                    Timestamp.from(response.respondedAt()));
            for (NewResponse.Answer answer : response.answers()) {
                answers.row(
                        id,
                        answer.itemId(),
                        answer.expected(),
                        answer.experienced(),
                        answer.expectedValue(),
                        answer.perceivedValue());
            }
        }

        void flush() {
            responses.flush();
            answers.flush();
        }
    }

    @Autowired
    DemoResponses(JdbcTemplate jdbc, DataSource dataSource, DemoDensity density) {
        this(jdbc, dataSource, density, MAX_REPLAYED);
    }

    /** With another bound on the replay, for tests of the bulk-stored rest. */
    DemoResponses(JdbcTemplate jdbc, DataSource dataSource, DemoDensity density, int maxReplayed) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.density = density;
        this.maxReplayed = maxReplayed;
    }

    /**
     * Stores the survey history before {@code liveSince} in bulk and returns the responses from then
     * on, for the timeline to record through the response service. {@code extra} draws what a denser
     * company ({@link DemoDensity}) answers beyond the default, so the default's draws stay the same.
     */
    Recent create(
            DemoPeople people,
            List<DemoAccount> accounts,
            Template relationship,
            List<Template> transactions,
            DemoRandom random,
            DemoRandom extra,
            Instant now,
            Instant liveSince) {
        var rows = new Rows(dataSource, nextResponseId(), liveSince);
        int done = 0;
        int tenth = Math.max(1, accounts.size() / 10);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<LocalDate> quarters = DemoCalendar.lastQuarters(today, DemoAccount.WAVES);
        List<Long> waves = DemoCalendar.createWaves(jdbc, quarters, relationship.id(), people.executive(), today);
        for (DemoAccount account : accounts) {
            if (++done % tenth == 0) {
                log.info(
                        "Demo data: surveys of {} of {} accounts ({} responses, {} answers)",
                        done,
                        accounts.size(),
                        String.format("%,d", rows.responses.rows()),
                        String.format("%,d", rows.answers.rows()));
            }
            if (!account.isSurveyed()) {
                continue;
            }
            for (int w = 0; w < quarters.size(); w++) {
                Instant at = DemoCalendar.someTimeIn(quarters.get(w), now, random);
                boolean mustAnswer =
                        account.plan() == DemoAccount.Plan.DECLINING || account.plan() == DemoAccount.Plan.RECOVERING;
                if (!answersWaveAt(account, at, now)
                        || (!mustAnswer && !random.chance(w == quarters.size() - 1 ? 0.8 : 0.85))) {
                    continue;
                }
                double score = account.scoreInWave(w);
                // each respondent of a wave is another of the account's contacts
                List<Long> contacts = new ArrayList<>(account.contacts());
                int nps = random.scale10(score * 1.75 - 1.6, 1.3) - drop(account, w);
                respond(rows, account, relationship, waves.get(w), at, score, 0, nps, "relationship", contacts, random);
                for (int more = density.extraRespondents(extra); more > 0; more--) {
                    Instant when = DemoCalendar.someTimeIn(quarters.get(w), now, extra);
                    if (answersWaveAt(account, when, now)) {
                        int answer = extra.scale10(score * 1.75 - 1.6, 1.3) - drop(account, w);
                        respond(
                                rows,
                                account,
                                relationship,
                                waves.get(w),
                                when,
                                score,
                                0,
                                answer,
                                "relationship",
                                contacts,
                                extra);
                    }
                }
            }
            for (int events = random.between(0, 6); events > 0; events--) {
                transactionSurvey(rows, account, transactions, now, random);
            }
            for (int events = density.extraTransactionSurveys(extra); events > 0; events--) {
                transactionSurvey(rows, account, transactions, now, extra);
            }
        }
        rows.flush();
        estimates(people, relationship, quarters, today, random);
        rows.live.sort(java.util.Comparator.comparing(l -> l.response().respondedAt()));
        return recent(rows.live);
    }

    /**
     * Stores responses since the board went live that were not replayed, with COPY, after the replay:
     * the summaries' triggers maintain their figures as for any other write.
     */
    void storeInBulk(List<Live> responses) {
        if (responses.isEmpty()) {
            return;
        }
        var rows = new Rows(dataSource, nextResponseId(), Instant.MAX);
        for (Live live : responses) {
            rows.copy(live.response(), live.survey());
        }
        rows.flush();
        log.info("Demo data: {} more responses since the board went live stored in bulk", responses.size());
    }

    /** Every contact's latest survey answer, once all responses are stored. */
    void lastSurveyed() {
        jdbc.update(
                """
                update contact c set last_surveyed_at = r.last from (select contact_id, max(responded_at) as last
                from survey_response group by contact_id) r where r.contact_id = c.id
                """);
    }

    /** Every response since the board went live, or an evenly spread {@code maxReplayed} of them. */
    private Recent recent(List<Live> live) {
        List<NewResponse> replayed = new ArrayList<>();
        List<Live> bulk = new ArrayList<>();
        int all = live.size();
        for (int i = 0; i < all; i++) {
            if (all <= maxReplayed || (long) i * maxReplayed % all < maxReplayed) {
                replayed.add(live.get(i).response());
            } else {
                bulk.add(live.get(i));
            }
        }
        return new Recent(replayed, bulk);
    }

    /** The current wave's drop in the dropping vertical, else 0 (a real drop the review must call real). */
    private static int drop(DemoAccount account, int wave) {
        return account.verticalIndex() == DROPPING_VERTICAL && wave == DemoAccount.WAVES - 1 ? VERTICAL_DROP : 0;
    }

    /** Whether the account answers a relationship wave at {@code at}: a customer then, and not long gone. */
    private static boolean answersWaveAt(DemoAccount account, Instant at, Instant now) {
        return !at.isBefore(account.customerSince().atStartOfDay(ZoneOffset.UTC).toInstant())
                && (account.active() || !at.isAfter(now.minusSeconds(86_400L * 300)));
    }

    /** A transaction survey after a touch-point event in the last two years. */
    private static void transactionSurvey(
            Rows rows, DemoAccount account, List<Template> transactions, Instant now, DemoRandom random) {
        Template survey = random.pick(transactions);
        Instant at = now.minusSeconds(random.between(3_600, 730 * 86_400));
        if (at.isBefore(account.customerSince().atStartOfDay(ZoneOffset.UTC).toInstant()) || !account.active()) {
            return;
        }
        respond(
                rows,
                account,
                survey,
                null,
                at,
                account.scoreInWave(DemoAccount.WAVES - 1),
                TOUCH_POINT_EFFECT.get(survey.touchPoint()),
                null,
                survey.touchPoint(),
                new ArrayList<>(account.contacts()),
                random);
    }

    /** One response; its contact is taken from {@code contacts}. */
    private static void respond(
            Rows rows,
            DemoAccount account,
            Template survey,
            Long wave,
            Instant at,
            double score,
            double effect,
            Integer nps,
            String topic,
            List<Long> contacts,
            DemoRandom random) {
        double sum = 0;
        double reliabilitySurprise = 0;
        List<NewResponse.Answer> answers = new ArrayList<>();
        for (Item item : survey.items()) {
            double typical = score + effect + EXPERIENCE_EFFECT.get(item.cue());
            int experienced = random.scale7(typical, 0.75);
            sum += experienced;
            if (item.cue().equals("reliability")) {
                reliabilitySurprise = experienced - typical;
            }
            DemoStandardValues values = DemoStandardValues.of(item.standard());
            answers.add(new NewResponse.Answer(
                    item.id(),
                    random.scale7(EXPECTATION.get(item.cue()), 0.7),
                    experienced,
                    values == null ? null : BigDecimal.valueOf(values.customerExpects(random)),
                    values == null ? null : BigDecimal.valueOf(values.customerPerceives(random))));
        }
        var response = new NewResponse(
                survey.id(),
                account.id(),
                random.take(contacts),
                wave,
                null,
                null,
                NewResponse.Channel.SURVEY_LINK,
                nps == null
                        ? null
                        : (int) Math.max(0, Math.min(10, Math.round(nps + RELIABILITY_PULL * reliabilitySurprise))),
                DemoComments.comment(random, topic, sum / survey.items().size()),
                at,
                answers);
        if (!at.isBefore(rows.liveSince)) {
            rows.live.add(new Live(response, survey));
        } else {
            rows.copy(response, survey);
        }
    }

    private long nextResponseId() {
        return jdbc.queryForObject("select coalesce(max(id), 0) + 1 from survey_response", Long.class);
    }

    private void estimates(
            DemoPeople people, Template relationship, List<LocalDate> quarters, LocalDate today, DemoRandom random) {
        List<Object[]> estimates = new ArrayList<>();
        for (long manager : people.managers()) {
            for (LocalDate quarter : quarters) {
                LocalDate on = quarter.plusDays(14);
                if (on.isAfter(today)) {
                    continue;
                }
                for (Item item : relationship.items()) {
                    DemoStandardValues values = DemoStandardValues.of(item.standard());
                    estimates.add(new Object[] {
                        manager,
                        item.id(),
                        Date.valueOf(on),
                        random.scale7(EXPECTATION.get(item.cue()) + MANAGER_BIAS.get(item.cue()), 0.6),
                        values == null ? null : values.managerBelieves(random)
                    });
                }
            }
        }
        jdbc.batchUpdate(
                """
                        insert into manager_estimate (user_id, item_id, estimated_on, estimated_expected,
                        estimated_expected_value) values (?, ?, ?, ?, ?)
                        """,
                estimates);
    }
}
