package cx.touchpoint.gap;

/**
 * A satisfaction gap (6) of one cue at one touch point; {@code touchPointId} null = answers about
 * the whole relationship rather than one touch point.
 */
public record RankedGap(
        long cueId,
        String cueName,
        Long touchPointId,
        String touchPointName,
        double expected,
        double experienced,
        double gap,
        long answers) {}
