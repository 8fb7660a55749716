package cx.touchpoint.segment;

import java.util.List;

/**
 * How accounts moved between two waves: a from-segment × to-segment matrix of account counts. An
 * account's segment at a wave is the one of its latest score up to that wave (Unscored if none).
 */
public record SegmentMovement(SurveyWave from, SurveyWave to, List<Move> moves) {

    /** {@code accounts} moved from {@code from} to {@code to} (the same segment: stayed). */
    public record Move(Segment from, Segment to, long accounts) {}

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
