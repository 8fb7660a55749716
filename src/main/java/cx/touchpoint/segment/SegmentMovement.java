package cx.touchpoint.segment;

import java.util.List;

/**
 * How accounts moved between two waves: a from-segment × to-segment matrix of account counts. An
 * account's segment at a wave is the one of its latest score up to that wave (Unscored if none).
 */
public record SegmentMovement(SurveyWave from, SurveyWave to, List<Move> moves) {

    /** {@code accounts} moved from {@code from} to {@code to} (the same segment: stayed). */
    public record Move(Segment from, Segment to, long accounts) {

        /** Whether this move is for the better or the worse, by {@link SegmentMovement#direction}. */
        public Direction direction() {
            return SegmentMovement.direction(from, to);
        }
    }

    /** Which way a move between segments goes for the customer relationship. */
    public enum Direction {
        /** Into At-risk or Dangling from a good experience (or from no score). */
        WORSE,
        /** Out of At-risk or Dangling into Model or Growth. */
        BETTER,
        /** Stayed, moved within the good or within the poor segments, or lost its score. */
        NEITHER
    }

    /**
     * The direction rule, the one both movement views use: into a poor-experience segment (At-risk,
     * Dangling) is worse; from one into a scored good segment is better; anything else, including
     * losing a score (→ Unscored), is neither.
     */
    public static Direction direction(Segment from, Segment to) {
        if (to.isPoorExperience() && !from.isPoorExperience()) {
            return Direction.WORSE;
        }
        if (from.isPoorExperience() && to.isScored() && !to.isPoorExperience()) {
            return Direction.BETTER;
        }
        return Direction.NEITHER;
    }

    public long count(Segment fromSegment, Segment toSegment) {
        return moves.stream()
                .filter(m -> m.from() == fromSegment && m.to() == toSegment)
                .mapToLong(Move::accounts)
                .sum();
    }

    public long total() {
        return moves.stream().mapToLong(Move::accounts).sum();
    }

    /** Accounts that changed segment. */
    public long moved() {
        return moves.stream()
                .filter(m -> m.from() != m.to())
                .mapToLong(Move::accounts)
                .sum();
    }
}
