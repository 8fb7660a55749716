package cx.touchpoint.summary;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The summaries kept by the triggers on every write equal the summaries rebuilt from the raw rows,
 * after a random mix of inserts, updates and deletes of responses and answers, account revenue,
 * status and group changes, wave moves and threshold changes.
 */
@DatabaseTest
class SummaryEquivalenceTest {

    private static final List<String> TABLES = List.of(
            "account_score",
            "account_wave_score",
            "account_wave_segment",
            "answer_month",
            "answer_item_month",
            "response_month",
            "response_book_month",
            "driver_month",
            "driver_book_month",
            "segment_threshold_in_force");

    @Autowired
    TestData data;

    @Autowired
    Summaries summaries;

    JdbcClient jdbc;

    @Test
    void incremental_maintenance_and_a_full_rebuild_give_identical_tables() {
        jdbc = data.jdbc();
        Random random = new Random(13);
        World world = world();
        for (int step = 0; step < 400; step++) {
            randomChange(random, world);
        }
        Map<String, List<String>> incremental = snapshot();
        assertThat(incremental.get("account_score")).isNotEmpty();
        assertThat(incremental.get("account_wave_score").size())
                .isGreaterThan(incremental.get("account_score").size());
        // segments carried to waves the account did not answer, not only copies of its wave scores
        assertThat(jdbc.sql("select count(*) from account_wave_segment where scored_quarter < quarter_start")
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(incremental.get("answer_month")).isNotEmpty();
        assertThat(incremental.get("answer_item_month")).isNotEmpty();
        assertThat(incremental.get("response_month")).isNotEmpty();
        assertThat(incremental.get("response_book_month")).isNotEmpty();
        assertThat(incremental.get("driver_month"))
                .as("key drivers' sufficient statistics")
                .isNotEmpty();

        // a rebuild that left a table out would leave it as the increments made it: rebuild from empty tables
        jdbc.sql("select set_config('touchpoint.summaries', 'rebuilding', true)")
                .query(String.class)
                .single();
        TABLES.stream()
                .filter(table -> !table.equals("segment_threshold_in_force"))
                .forEach(table -> jdbc.sql("delete from " + table).update());
        jdbc.sql("select set_config('touchpoint.summaries', '', true)")
                .query(String.class)
                .single();
        summaries.rebuildAll();

        Map<String, List<String>> rebuilt = snapshot();
        TABLES.forEach(table -> assertThat(incremental.get(table)).as(table).isEqualTo(rebuilt.get(table)));
        assertThat(jdbc.sql("select count(*) from response_answer ra join survey_response r on r.id = ra.response_id"
                                + " where ra.responded_at <> r.responded_at")
                        .query(Long.class)
                        .single())
                .as("every answer carries its response's time (V151), after responses moved")
                .isZero();
    }

    @Test
    void a_recorded_relationship_response_is_in_the_summaries_at_once() {
        jdbc = data.jdbc();
        long ae = data.user("c.ae", Role.ACCOUNT_EXECUTIVE);
        long account = data.account("Summit", ae, new BigDecimal("100000"), new BigDecimal("100000"));
        long template = data.relationshipTemplate("Summary survey");
        data.relationshipResponse(template, account, 9, Instant.parse("2026-02-10T09:00:00Z"), 5, 6);

        assertThat(jdbc.sql("select score::float8 from account_score where account_id = :a")
                        .param("a", account)
                        .query(Double.class)
                        .single())
                .isEqualTo(6.0);
        assertThat(jdbc.sql("select promoters from response_month where account_executive_id = :ae")
                        .param("ae", ae)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select sum(answers) from answer_month where account_executive_id = :ae")
                        .param("ae", ae)
                        .query(Long.class)
                        .single())
                .isEqualTo(6);
    }

    private record World(
            List<Long> accounts,
            List<Long> relationshipItems,
            long relationshipTemplate,
            long transactionTemplate,
            List<Long> transactionItems,
            List<Long> waves,
            List<Long> verticals,
            List<Long> executives,
            List<Long> touchPoints) {}

    private World world() {
        List<Long> executives =
                List.of(data.user("c.ae.one", Role.ACCOUNT_EXECUTIVE), data.user("c.ae.two", Role.ACCOUNT_EXECUTIVE));
        List<Long> verticals =
                List.of(data.verticalMarket("Retail", "Trade"), data.verticalMarket("Energy", "Utilities"));
        long location = data.location("Europe", "France");
        long platform = data.platform("On premises");
        List<Long> accounts = new ArrayList<>();
        for (int n = 0; n < 10; n++) {
            accounts.add(data.account(
                    "Account " + n,
                    executives.get(n % 2),
                    new BigDecimal(50_000 + 40_000 * n),
                    new BigDecimal(60_000 + 90_000 * (n % 4)),
                    verticals.get(n % 2),
                    location,
                    platform));
        }
        long relationship = data.relationshipTemplate("Equivalence relationship survey");
        List<Long> relationshipItems = jdbc.sql("select id from survey_item where template_id = :t order by id")
                .param("t", relationship)
                .query(Long.class)
                .list();
        long delivery = data.touchPointId("delivery");
        long transaction = jdbc.sql("insert into survey_template (name, pattern, touch_point_id)"
                        + " values ('Equivalence delivery survey', 'PAST', :tp) returning id")
                .param("tp", delivery)
                .query(Long.class)
                .single();
        jdbc.sql("insert into survey_item (template_id, position, cue_id, question)"
                        + " select :t, c.sort_order, c.id, 'Delivery ' || c.name || '?' from perception_cue c"
                        + " where c.sort_order <= 3")
                .param("t", transaction)
                .update();
        List<Long> transactionItems = jdbc.sql("select id from survey_item where template_id = :t order by id")
                .param("t", transaction)
                .query(Long.class)
                .list();
        List<Long> waves = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            waves.add(jdbc.sql("insert into survey_wave (template_id, name, opens_on, closes_on, status)"
                            + " values (:t, :n, cast(:o as date), cast(:o as date) + 20, 'CLOSED') returning id")
                    .param("t", relationship)
                    .param("n", "Equivalence wave " + q)
                    .param("o", java.sql.Date.valueOf(java.time.LocalDate.of(2025, 1 + 3 * q, 5)))
                    .query(Long.class)
                    .single());
        }
        return new World(
                accounts,
                relationshipItems,
                relationship,
                transaction,
                transactionItems,
                waves,
                verticals,
                executives,
                List.of(delivery, data.touchPointId("support")));
    }

    private void randomChange(Random random, World w) {
        long account = pick(random, w.accounts());
        Instant at = Instant.parse("2025-01-01T00:00:00Z").plus(Duration.ofHours(random.nextInt(24 * 540)));
        switch (random.nextInt(12)) {
            case 0, 1, 2 -> {
                long response = data.response(
                        w.relationshipTemplate(),
                        account,
                        "PRESENT",
                        nps(random),
                        at,
                        random.nextBoolean() ? "said" : "");
                if (random.nextInt(5) > 0) {
                    if (random.nextBoolean()) {
                        jdbc.sql("update survey_response set wave_id = :w where id = :r")
                                .param("w", pick(random, w.waves()))
                                .param("r", response)
                                .update();
                    }
                    for (long item : w.relationshipItems()) {
                        data.answer(response, item, 1 + random.nextInt(7), 1 + random.nextInt(7));
                    }
                }
            }
            case 3, 4 -> {
                long response = data.response(w.transactionTemplate(), account, "PAST", nps(random), at, "");
                jdbc.sql("update survey_response set touch_point_id = :tp where id = :r")
                        .param("tp", pick(random, w.touchPoints()))
                        .param("r", response)
                        .update();
                jdbc.sql("insert into response_answer (response_id, item_id, expected, experienced, expected_value,"
                                + " perceived_value) select :r, id, 1 + (id % 7), 1 + ((id * 3) % 7),"
                                + " case when id % 2 = 0 then 95.5 end, 90.25 from survey_item where template_id = :t")
                        .param("r", response)
                        .param("t", w.transactionTemplate())
                        .update();
            }
            case 5 -> randomResponse(random).ifPresent(id -> jdbc.sql("delete from survey_response where id = :r")
                    .param("r", id)
                    .update());
            case 6 -> randomResponse(random).ifPresent(id -> jdbc.sql("update survey_response set responded_at = :at,"
                            + " account_id = :a, nps = :nps where id = :r")
                    .param("at", Timestamp.from(at))
                    .param("a", account)
                    .param("nps", nps(random))
                    .param("r", id)
                    .update());
            case 7 -> jdbc.sql("update response_answer set experienced = :x where id in"
                            + " (select id from response_answer order by random() limit 3)")
                    .param("x", 1 + random.nextInt(7))
                    .update();
            case 8 -> jdbc.sql("delete from response_answer where id in"
                            + " (select id from response_answer order by random() limit 2)")
                    .update();
            case 9 -> jdbc.sql("update account set annual_revenue = :rev, status = :s,"
                            + " defected_on = case when :s = 'DEFECTED' then date '2025-06-01' end where id = :a")
                    .param("rev", new BigDecimal(10_000 + random.nextInt(500_000)))
                    .param("s", random.nextInt(4) == 0 ? "DEFECTED" : "ACTIVE")
                    .param("a", account)
                    .update();
            case 10 -> jdbc.sql("update segment_threshold set score_threshold = :score, revenue_threshold = :rev,"
                            + " growth_headroom_ratio = :ratio where id = 1")
                    .param("score", new BigDecimal(3 + random.nextInt(4)))
                    .param("rev", random.nextBoolean() ? null : new BigDecimal(100_000 + random.nextInt(200_000)))
                    .param("ratio", new BigDecimal("0.25").multiply(new BigDecimal(1 + random.nextInt(4))))
                    .update();
            default -> {
                if (random.nextBoolean()) {
                    jdbc.sql("update account set vertical_market_id = :v, account_executive_id = :ae where id = :a")
                            .param("v", pick(random, w.verticals()))
                            .param("ae", pick(random, w.executives()))
                            .param("a", account)
                            .update();
                } else {
                    jdbc.sql(
                                    "update survey_wave set opens_on = opens_on + :days, closes_on = closes_on + :days where id = :w")
                            .param("days", random.nextBoolean() ? 90 : -90)
                            .param("w", pick(random, w.waves()))
                            .update();
                }
            }
        }
    }

    private java.util.Optional<Long> randomResponse(Random random) {
        return jdbc.sql("select id from survey_response order by id offset :n limit 1")
                .param("n", random.nextInt(Math.max(1, count("survey_response"))))
                .query(Long.class)
                .optional();
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    private static Integer nps(Random random) {
        return random.nextInt(6) == 0 ? null : random.nextInt(11);
    }

    private static long pick(Random random, List<Long> from) {
        return from.get(random.nextInt(from.size()));
    }

    private Map<String, List<String>> snapshot() {
        Map<String, List<String>> tables = new TreeMap<>();
        for (String table : TABLES) {
            tables.put(
                    table,
                    jdbc.sql("select t::text from " + table + " t order by 1")
                            .query(String.class)
                            .list());
        }
        return tables;
    }
}
