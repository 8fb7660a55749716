package cx.touchpoint.segment;

import cx.touchpoint.insight.Comparison;
import cx.touchpoint.insight.Interval;

/**
 * How one cue's experienced score (1-7) changed between two waves for the accounts that moved into At-risk
 * or Dangling: their mean this wave against last, Welch's test and the interval of the difference.
 *
 * @param difference the interval of (this wave − last wave) at the company's confidence level; {@code null}
 *     when a wave has fewer than two answers
 */
public record CueChange(String cue, Comparison change, Interval difference) {}
