package cx.touchpoint.base.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** How numbers read in every view: "no data" instead of a misleading zero. */
public final class Formats {

    public static final String NO_DATA = "no data";

    private Formats() {}

    public static String score(Double score) {
        return score == null ? NO_DATA : String.format(Locale.ENGLISH, "%.2f", score);
    }

    public static String nps(Double nps) {
        return nps == null ? NO_DATA : String.format(Locale.ENGLISH, "%+.0f", nps);
    }

    public static String count(long count) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(count);
    }

    public static String money(BigDecimal amount) {
        if (amount == null) {
            return NO_DATA;
        }
        double value = amount.doubleValue();
        if (Math.abs(value) >= 1_000_000) {
            return String.format(Locale.ENGLISH, "$%.1fM", value / 1_000_000);
        }
        if (Math.abs(value) >= 1_000) {
            return String.format(Locale.ENGLISH, "$%.0fk", value / 1_000);
        }
        return String.format(Locale.ENGLISH, "$%.0f", value);
    }
}
