package cx.touchpoint.gap;

import java.math.BigDecimal;

/** The checks every value in a standard's unit passes: never negative, at most 100 for a percentage. */
public final class MetricValue {

    public static final String MAX = "9999999999";

    private MetricValue() {}

    public static void check(BigDecimal value, String unit, String what) {
        if (value == null) {
            throw new ChangeRejected("Enter " + what + ".");
        }
        if (value.signum() < 0) {
            throw new ChangeRejected(capitalised(what) + " cannot be negative.");
        }
        if ("%".equals(unit.trim()) && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new ChangeRejected(capitalised(what) + " is a percentage: at most 100.");
        }
        if (value.compareTo(new BigDecimal(MAX)) > 0) {
            throw new ChangeRejected(capitalised(what) + " is too large.");
        }
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
