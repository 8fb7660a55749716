package cx.touchpoint.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharesTest {

    @Test
    void threeEqualSharesAddUpTo100() {
        List<BigDecimal> shares = Shares.rounded(List.of(100 / 3.0, 100 / 3.0, 100 / 3.0), 1);
        assertThat(shares).extracting(BigDecimal::toPlainString).containsExactly("33.4", "33.3", "33.3");
        assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100.0");
    }

    @Test
    void theUnitsGoToTheLargestRemaindersAndNullsStayOut() {
        // 12.46 + 40.27 + 47.27 = 100: floors 12.4, 40.2, 47.2 (99.8); the two largest remainders get 0.1
        List<BigDecimal> shares = Shares.rounded(Arrays.asList(12.46, null, 40.27, 47.27), 1);
        assertThat(shares.get(1)).isNull();
        assertThat(shares.get(0)).isEqualByComparingTo("12.4");
        assertThat(shares.get(2)).isEqualByComparingTo("40.3");
        assertThat(shares.get(3)).isEqualByComparingTo("47.3");
        assertThat(shares.get(0).add(shares.get(2)).add(shares.get(3))).isEqualByComparingTo("100.0");
    }

    @Test
    void wholePercentsToo() {
        List<BigDecimal> shares = Shares.rounded(List.of(14.5, 14.5, 71.0), 0);
        assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100");
    }
}
