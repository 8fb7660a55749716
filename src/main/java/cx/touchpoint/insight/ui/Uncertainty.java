package cx.touchpoint.insight.ui;

import cx.touchpoint.base.ui.Formats;
import cx.touchpoint.insight.Comparison;
import cx.touchpoint.insight.Estimate;
import cx.touchpoint.insight.Significance;
import java.util.function.Function;
import org.springframework.modulith.NamedInterface;

/**
 * How n, intervals and significance read in every view, worded once: "-19 to +11, n = 104",
 * "n = 12, low n", "no answers"; "significant drop", "within noise", "too few responses to tell".
 */
@NamedInterface("ui")
public final class Uncertainty {

    private Uncertainty() {}

    /** An NPS's interval and n: "-19 to +11, n = 104", with ", low n" below the minimum. */
    public static String npsInterval(Estimate estimate) {
        return interval(estimate, Formats::nps);
    }

    /** A 1-7 score's interval and n: "4.10 to 4.52, n = 88". */
    public static String scoreInterval(Estimate estimate) {
        return interval(estimate, Formats::score);
    }

    /** A gap's interval and n, signed: "-0.61 to -0.32, n = 412". */
    public static String gapInterval(Estimate estimate) {
        return interval(estimate, value -> Formats.signed(value, cx.touchpoint.base.Figures.SCORE_DECIMALS));
    }

    /** "-4 (-19 to +11, n = 104)", or "no answers". */
    public static String nps(Estimate estimate) {
        return estimate.hasValue() ? Formats.nps(estimate.value()) + " (" + npsInterval(estimate) + ")" : "no answers";
    }

    /** The verdict on a change, in words: "significant drop", "within noise", "too few responses to tell". */
    public static String verdict(Comparison comparison) {
        return comparison.significance().words();
    }

    /** The CSS class of a verdict, so a significant change stands out and noise stays calm. */
    public static String verdictClass(Significance significance) {
        return switch (significance) {
            case SIGNIFICANT_DROP -> "verdict-drop";
            case SIGNIFICANT_RISE -> "verdict-rise";
            default -> "verdict-noise";
        };
    }

    /** "95 % confidence intervals; n = answers behind each figure" — said once under a chart or table. */
    public static String legend(Estimate estimate) {
        return "Bars: " + estimate.level().percent() + " % confidence interval; n = answers behind each point";
    }

    private static String interval(Estimate estimate, Function<Double, String> format) {
        if (!estimate.hasValue()) {
            return "no answers";
        }
        String n = "n = " + Formats.count(estimate.n());
        String range = estimate.interval() == null
                ? n
                : format.apply(estimate.interval().low()) + " to "
                        + format.apply(estimate.interval().high()) + ", " + n;
        return estimate.lowN() ? range + ", low n" : range;
    }
}
