package cx.touchpoint.gap;

/**
 * A perception cue's place in the order of what to fix: its satisfaction gap (6) next to how much it
 * moves likelihood to recommend.
 *
 * @param gap gap 6 (experienced − expected, 1-7 scale; negative = shortfall); {@code null} without answers
 * @param answers the answers behind the gap
 * @param importance the cue's Shapley share of R² in key drivers (0..1); {@code null} when drivers cannot
 *     be estimated for this filter and period
 * @param priority importance × shortfall (shortfall = −gap when the gap is negative, else 0); {@code null}
 *     when either is unknown
 */
public record CuePriority(String cue, Double gap, long answers, Double importance, Double priority) {}
