package cx.touchpoint.base;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Shares shown together, rounded together, defined once: by the largest-remainder method (Hamilton),
 * so the rounded shares add up to the rounded total — 100 % when they cover the whole — instead of
 * 33.3 + 33.3 + 33.3 = 99.9 %. Each share is cut down to {@code decimals} places, and the units still
 * missing go, one each, to the shares that lost the most (the first of equal remainders first).
 */
public final class Shares {

    private Shares() {}

    /**
     * {@code percents} (0-100, exact) rounded together to {@code decimals} places; a {@code null} share
     * stays {@code null} and takes no part. The rounded shares add up to the exact total rounded once
     * (half away from zero), as {@link Figures} would round it.
     */
    public static List<BigDecimal> rounded(List<Double> percents, int decimals) {
        BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
        double total = percents.stream()
                .filter(p -> p != null && Double.isFinite(p))
                .mapToDouble(Double::doubleValue)
                .sum();
        BigDecimal target = Figures.round(total, decimals);
        List<BigDecimal> result = new ArrayList<>();
        List<BigDecimal> remainders = new ArrayList<>();
        BigDecimal cut = BigDecimal.ZERO;
        for (Double percent : percents) {
            if (percent == null || !Double.isFinite(percent)) {
                result.add(null);
                remainders.add(null);
                continue;
            }
            BigDecimal exact = BigDecimal.valueOf(percent);
            BigDecimal floor = exact.setScale(decimals, java.math.RoundingMode.FLOOR);
            result.add(floor);
            remainders.add(exact.subtract(floor));
            cut = cut.add(floor);
        }
        if (target == null) {
            return result;
        }
        long missing = target.subtract(cut).divide(unit).longValue();
        List<Integer> order = IntStream.range(0, percents.size())
                .filter(i -> remainders.get(i) != null)
                .boxed()
                .sorted(Comparator.comparing((Integer i) -> remainders.get(i))
                        .reversed()
                        .thenComparing(i -> i))
                .toList();
        for (int k = 0; k < missing && k < order.size(); k++) {
            int i = order.get(k);
            result.set(i, result.get(i).add(unit));
        }
        return result;
    }
}
