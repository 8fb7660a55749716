package cx.touchpoint.gap;

/**
 * One of gaps 1-5 of a service standard in the metric's unit, signed so that negative = the customer
 * gets less than the reference, and as % of that reference. {@code count}: answers, estimates or
 * months behind it (see {@link GapKind#countNoun()}). {@code null} values = no data.
 */
public record StandardGap(GapKind kind, Double value, Double percentOfReference, long count) {}
