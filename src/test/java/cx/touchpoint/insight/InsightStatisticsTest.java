package cx.touchpoint.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Worked examples against values computed independently of this code: numpy and scipy, by
 * {@code src/test/resources/insight/expected_values.py} (the Shapley values by brute force over all 720
 * orders of entry, each R² by least squares on the raw rows), kept as {@code expected.json}.
 */
class InsightStatisticsTest {

    private static final Offset<Double> CLOSE = within(0.001);
    private static JsonNode expected;

    @BeforeAll
    static void readFixtures() throws IOException {
        try (var in = InsightStatisticsTest.class.getResourceAsStream("/insight/expected.json")) {
            expected = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void npsIntervalIsTheAdjustedWaldOfRocks2016() {
        for (JsonNode c : expected.get("nps")) {
            var counts = new NpsCounts(
                    c.get("promoters").asLong(),
                    c.get("passives").asLong(),
                    c.get("detractors").asLong());
            Estimate e = ConfidenceIntervals.nps(
                    counts, ConfidenceLevel.of(c.get("confidence").asInt()), 30);
            assertThat(e.value())
                    .as("plain NPS of %s", counts)
                    .isCloseTo(c.get("nps").asDouble(), CLOSE);
            assertThat(e.interval().low())
                    .as("low of %s", counts)
                    .isCloseTo(c.get("low").asDouble(), CLOSE);
            assertThat(e.interval().high())
                    .as("high of %s", counts)
                    .isCloseTo(c.get("high").asDouble(), CLOSE);
            assertThat(e.n()).isEqualTo(counts.n());
        }
    }

    @Test
    void allPromotersAreClippedAt100AndFewAnswersAreLowN() {
        Estimate all = ConfidenceIntervals.nps(new NpsCounts(30, 0, 0), ConfidenceLevel.P95, 30);
        assertThat(all.value()).isEqualTo(100.0);
        assertThat(all.interval().high()).isEqualTo(100.0);
        assertThat(all.interval().low()).isLessThan(100.0);
        assertThat(all.lowN()).isFalse();
        Estimate one = ConfidenceIntervals.nps(new NpsCounts(1, 0, 0), ConfidenceLevel.P95, 30);
        assertThat(one.lowN()).isTrue();
        assertThat(one.interval().low()).isGreaterThanOrEqualTo(-100.0);
    }

    @Test
    void noAnswersIsNoFigureNeverZero() {
        Estimate none = ConfidenceIntervals.nps(NpsCounts.NONE, ConfidenceLevel.P95, 30);
        assertThat(none.value()).isNull();
        assertThat(none.interval()).isNull();
        assertThat(ConfidenceIntervals.mean(0, 0, 0, ConfidenceLevel.P95, 30).value())
                .isNull();
        assertThat(ChangeTests.nps(NpsCounts.NONE, new NpsCounts(40, 30, 30), ConfidenceLevel.P95, 30)
                        .significance())
                .isEqualTo(Significance.NO_ANSWERS);
    }

    @Test
    void npsChangeIsTheTwoSampleZTestOnAdjustedWaldVariances() {
        for (JsonNode c : expected.get("npsChange")) {
            Comparison comparison =
                    ChangeTests.nps(counts(c.get("current")), counts(c.get("previous")), ConfidenceLevel.P95, 30);
            assertThat(comparison.pValue()).isCloseTo(c.get("pValue").asDouble(), CLOSE);
            assertThat(comparison.change()).isCloseTo(c.get("change").asDouble(), CLOSE);
        }
        // 104 answers against 100: −24 points is a real drop at 95 % (p = 0.035), −5 is noise
        assertThat(ChangeTests.nps(new NpsCounts(40, 30, 34), new NpsCounts(50, 30, 20), ConfidenceLevel.P95, 30)
                        .significance())
                .isEqualTo(Significance.SIGNIFICANT_DROP);
        assertThat(ChangeTests.nps(new NpsCounts(40, 30, 34), new NpsCounts(50, 30, 20), ConfidenceLevel.P99, 30)
                        .significance())
                .isEqualTo(Significance.WITHIN_NOISE);
        assertThat(ChangeTests.nps(new NpsCounts(45, 30, 25), new NpsCounts(50, 30, 20), ConfidenceLevel.P95, 30)
                        .significance())
                .isEqualTo(Significance.WITHIN_NOISE);
    }

    @Test
    void belowTheMinimumNAChangeIsNeverSignificant() {
        // a huge swing on 10 answers each: too few to tell, whatever the p-value
        Comparison swing = ChangeTests.nps(new NpsCounts(0, 0, 10), new NpsCounts(10, 0, 0), ConfidenceLevel.P95, 30);
        assertThat(swing.pValue()).isLessThan(0.001);
        assertThat(swing.significance()).isEqualTo(Significance.TOO_FEW);
        assertThat(swing.significance().words()).isEqualTo("too few responses to tell");
    }

    @Test
    void meanHasItsTInterval() {
        JsonNode c = expected.get("mean");
        double[] values = doubles(c.get("values"));
        Estimate e =
                ConfidenceIntervals.mean(values.length, sum(values), sumOfSquares(values), ConfidenceLevel.P95, 30);
        assertThat(e.value()).isCloseTo(c.get("mean").asDouble(), CLOSE);
        assertThat(e.interval().low()).isCloseTo(c.get("low").asDouble(), CLOSE);
        assertThat(e.interval().high()).isCloseTo(c.get("high").asDouble(), CLOSE);
        assertThat(e.lowN()).as("25 answers, minimum 30").isTrue();
    }

    @Test
    void gapSixHasThePairedTInterval() {
        JsonNode c = expected.get("paired");
        double[] expectedScores = doubles(c.get("expected"));
        double[] experienced = doubles(c.get("experienced"));
        double[] differences = IntStream.range(0, experienced.length)
                .mapToDouble(i -> experienced[i] - expectedScores[i])
                .toArray();
        Estimate e = ConfidenceIntervals.pairedDifference(
                differences.length, sum(differences), sumOfSquares(differences), ConfidenceLevel.P90, 30);
        assertThat(e.value()).isCloseTo(c.get("mean").asDouble(), CLOSE);
        assertThat(e.interval().low()).isCloseTo(c.get("low").asDouble(), CLOSE);
        assertThat(e.interval().high()).isCloseTo(c.get("high").asDouble(), CLOSE);
    }

    @Test
    void zeroVarianceMeanHasAPointIntervalAndOneAnswerNone() {
        Estimate same = ConfidenceIntervals.mean(40, 200, 1000, ConfidenceLevel.P95, 30);
        assertThat(same.value()).isEqualTo(5.0);
        assertThat(same.interval()).isEqualTo(new Interval(5.0, 5.0));
        assertThat(ConfidenceIntervals.mean(1, 4, 16, ConfidenceLevel.P95, 30).interval())
                .isNull();
    }

    @Test
    void meansChangeByWelchsTTest() {
        JsonNode c = expected.get("welch");
        double[] a = doubles(c.get("current"));
        double[] b = doubles(c.get("previous"));
        Comparison comparison = ChangeTests.mean(
                new ChangeTests.Sums(a.length, sum(a), sumOfSquares(a)),
                new ChangeTests.Sums(b.length, sum(b), sumOfSquares(b)),
                ConfidenceLevel.P95,
                30);
        assertThat(comparison.pValue()).isCloseTo(c.get("pValue").asDouble(), CLOSE);
    }

    @Test
    void sharesHaveTheWilsonInterval() {
        for (JsonNode c : expected.get("wilson")) {
            Estimate e = ConfidenceIntervals.share(
                    c.get("successes").asLong(),
                    c.get("n").asLong(),
                    ConfidenceLevel.of(c.get("confidence").asInt()),
                    30);
            assertThat(e.interval().low()).isCloseTo(c.get("low").asDouble(), CLOSE);
            assertThat(e.interval().high()).isCloseTo(c.get("high").asDouble(), CLOSE);
        }
    }

    @Test
    void confidenceLevelIsNinetyNinetyFiveOrNinetyNine() {
        assertThat(ConfidenceLevel.P95.z()).isCloseTo(1.95996, within(1e-4));
        assertThatThrownBy(() -> ConfidenceLevel.of(80)).hasMessageContaining("90, 95 or 99");
    }

    @Test
    void shapleySharesOfRSquaredMatchTheBruteForceOverAllOrders() {
        JsonNode c = expected.get("shapley");
        DriverAnalysis analysis = ShapleyRegression.analyse(moments(c.get("cues"), c.get("nps")), 50, "NPS");
        assertThat(analysis.estimated()).isTrue();
        assertThat(analysis.r2()).isCloseTo(c.get("r2").asDouble(), CLOSE);
        assertThat(analysis.drivers().stream()
                        .mapToDouble(DriverAnalysis.Driver::importance)
                        .sum())
                .isCloseTo(1.0, within(1e-9));
        for (var driver : analysis.drivers()) {
            int i = Integer.parseInt(driver.cue().substring(3));
            assertThat(driver.importance())
                    .as(driver.cue())
                    .isCloseTo(c.get("importance").get(i).asDouble(), CLOSE);
            assertThat(driver.sign())
                    .as(driver.cue())
                    .isEqualTo(c.get("sign").get(i).asInt());
            assertThat(driver.performance())
                    .isCloseTo(c.get("performance").get(i).asDouble(), CLOSE);
        }
        assertThat(analysis.drivers().get(0).cue()).isEqualTo("cue1");
    }

    @Test
    void tooFewOrConstantAnswersGiveWordsNotNumbers() {
        JsonNode c = expected.get("shapley");
        DriverAnalysis few = ShapleyRegression.analyse(moments(c.get("cues"), c.get("nps")), 100, "NPS");
        assertThat(few.status()).isEqualTo(DriverAnalysis.Status.TOO_FEW);
        assertThat(few.message()).startsWith("Not enough responses to say: 80 complete responses");
        assertThat(few.drivers()).isEmpty();

        double[][] rows = new double[60][6];
        double[] y = new double[60];
        for (int i = 0; i < 60; i++) {
            for (int j = 0; j < 6; j++) {
                rows[i][j] = j == 2 ? 5 : 1 + (i * (j + 3)) % 7;
            }
            y[i] = i % 11;
        }
        DriverAnalysis constant = ShapleyRegression.analyse(moments(rows, y), 50, "NPS");
        assertThat(constant.status()).isEqualTo(DriverAnalysis.Status.NO_VARIANCE);
        assertThat(constant.message()).isEqualTo("Cannot be estimated: every answer to cue2 is the same.");
    }

    private static NpsCounts counts(JsonNode c) {
        return new NpsCounts(c.get(0).asLong(), c.get(1).asLong(), c.get(2).asLong());
    }

    private static Moments moments(JsonNode cues, JsonNode outcome) {
        double[][] rows = new double[cues.size()][];
        for (int i = 0; i < cues.size(); i++) {
            rows[i] = doubles(cues.get(i));
        }
        return moments(rows, doubles(outcome));
    }

    static Moments moments(double[][] rows, double[] outcome) {
        int k = rows[0].length;
        double[] sums = new double[k + 1];
        double[][] products = new double[k + 1][k + 1];
        for (int r = 0; r < rows.length; r++) {
            double[] v = new double[k + 1];
            System.arraycopy(rows[r], 0, v, 0, k);
            v[k] = outcome[r];
            for (int i = 0; i <= k; i++) {
                sums[i] += v[i];
                for (int j = 0; j <= k; j++) {
                    products[i][j] += v[i] * v[j];
                }
            }
        }
        List<String> names = IntStream.range(0, k).mapToObj(i -> "cue" + i).toList();
        return new Moments(rows.length, names, sums, products);
    }

    private static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private static double sumOfSquares(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v * v;
        }
        return s;
    }
}
