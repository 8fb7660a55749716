package cx.touchpoint.gap;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.testsupport.FreshSchemaPerRun;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On the demo company, every gap figure read from the roll-up over all accounts
 * ({@code answer_item_month}, what the unfiltered view reads) equals the same figure read from the
 * per-group summary ({@code answer_month}, what a filtered view reads): exactly, not approximately.
 */
@SpringBootTest(properties = "touchpoint.demo.enabled=true")
class RollUpEquivalenceTest {

    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry registry) {
        registry.add("touchpoint.db.schema", () -> FreshSchemaPerRun.SCHEMA + "_rollup");
    }

    @Autowired
    CueGapQueries cueGaps;

    @Autowired
    ChainQueries chains;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void the_roll_up_holds_the_per_group_summary_summed_over_all_accounts() {
        assertThat(jdbc.sql("select count(*) from answer_item_month")
                        .query(Long.class)
                        .single())
                .isGreaterThan(100);
        assertThat(rows("answer_item_month")).isEqualTo(rows("answer_item_month_source"));
    }

    @Test
    void every_unfiltered_gap_figure_is_the_same_from_the_roll_up_and_from_the_account_groups() {
        long delivery = jdbc.sql("select id from touch_point where code = 'delivery'")
                .query(Long.class)
                .single();
        LocalDate today = LocalDate.now(clock);
        for (int months : GapFilter.MONTH_CHOICES) {
            for (Long touchPoint : new Long[] {null, delivery}) {
                var rollUp = new GapScope(
                        AccountFilter.ALL, touchPoint, GapPeriod.lastFullMonths(months, today), clock.getZone());
                var groups = rollUp.withAccountGroups();
                String what = months + " months, touch point " + touchPoint;

                var perCue = cueGaps.perCue(rollUp);
                assertThat(perCue).as(what).isEqualTo(cueGaps.perCue(groups));
                assertThat(perCue.get(perCue.size() - 1).answers()).as(what).isPositive();
                var ranked = cueGaps.ranked(rollUp, 0, 1000);
                assertThat(ranked).as(what).isNotEmpty().isEqualTo(cueGaps.ranked(groups, 0, 1000));
                assertThat(cueGaps.ranked(rollUp, 3, 5)).as(what).isEqualTo(cueGaps.ranked(groups, 3, 5));
                assertThat(cueGaps.perQuarter(rollUp)).as(what).isNotEmpty().isEqualTo(cueGaps.perQuarter(groups));
                List<ChainQueries.ChainRow> chainRows = chains.chains(rollUp);
                assertThat(chainRows).as(what).isNotEmpty().isEqualTo(chains.chains(groups));
            }
        }
    }

    private List<String> rows(String table) {
        return jdbc.sql("select row(t.*)::text from " + table + " t order by 1")
                .query(String.class)
                .list();
    }
}
