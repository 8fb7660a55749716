package cx.touchpoint.base.ui;

import cx.touchpoint.base.Figures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How numbers read in every view: "no data" instead of a misleading zero, and every figure rounded
 * once by {@link Figures} from the exact value the service returned.
 */
public final class Formats {

    public static final String NO_DATA = "no data";

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private Formats() {}

    /** A mean on the 1-7 scale, e.g. "4.49". */
    public static String score(Double score) {
        return decimal(score, Figures.SCORE_DECIMALS);
    }

    /** An NPS, signed and whole, e.g. "+45", "-45", "0". */
    public static String nps(Double nps) {
        return signed(nps, Figures.NPS_DECIMALS);
    }

    /** A value rounded to {@code decimals} places, e.g. "90.0". */
    public static String decimal(Double value, int decimals) {
        return value == null ? NO_DATA : Figures.plain(value, decimals);
    }

    /** A difference or change with its sign, e.g. "-0.13", "+2.5". */
    public static String signed(Double value, int decimals) {
        return value == null ? NO_DATA : Figures.signed(value, decimals);
    }

    /** A percentage, e.g. "12.5 %"; {@code share} is already in percent (0-100). */
    public static String percent(Double share, int decimals) {
        return value(share, decimals, "%");
    }

    /** A value and its unit, e.g. "24.0 h"; the unit may be empty. */
    public static String value(Double value, int decimals, String unit) {
        return value == null ? NO_DATA : (Figures.plain(value, decimals) + " " + unit).trim();
    }

    public static String count(long count) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(count);
    }

    /** Revenue: "$4.41B", "$1.2M", "$350k", "$900", rounded once; the unit is chosen after rounding. */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return NO_DATA;
        }
        BigDecimal dollars = amount.setScale(0, RoundingMode.HALF_UP);
        if (dollars.abs().compareTo(THOUSAND) < 0) {
            return "$" + dollars.toPlainString();
        }
        BigDecimal thousands = amount.movePointLeft(3).setScale(0, RoundingMode.HALF_UP);
        if (thousands.abs().compareTo(THOUSAND) < 0) {
            return "$" + thousands.toPlainString() + "k";
        }
        BigDecimal millions = amount.movePointLeft(6).setScale(1, RoundingMode.HALF_UP);
        if (millions.abs().compareTo(THOUSAND) < 0) {
            return "$" + millions.toPlainString() + "M";
        }
        return "$" + amount.movePointLeft(9).setScale(2, RoundingMode.HALF_UP).toPlainString() + "B";
    }
}
