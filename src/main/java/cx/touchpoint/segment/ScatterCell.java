package cx.touchpoint.segment;

import java.math.BigDecimal;

/**
 * The scored accounts of one segment whose summary score and revenue fall in the same cell of the
 * scatter: a quarter point of score wide ({@link #SCORE_CELLS_PER_POINT}) and a quarter of a
 * decade of revenue high ({@link #REVENUE_CELLS_PER_DECADE}; all revenue of 0 or less is cell
 * {@link #NO_REVENUE_CELL}). {@code score} and {@code revenue} are the cell's accounts' mean score
 * and mean revenue, where its bubble is drawn.
 */
public record ScatterCell(
        Segment segment, int scoreCell, int revenueCell, long accounts, double score, BigDecimal revenue) {

    public static final int SCORE_CELLS_PER_POINT = 4;
    public static final int REVENUE_CELLS_PER_DECADE = 4;
    public static final int NO_REVENUE_CELL = -1_000;

    /** Identifies a cell in a chart point's id and back: {@code cell/AT_RISK/12/24}. */
    public record Key(Segment segment, int scoreCell, int revenueCell) {

        private static final String PREFIX = "cell/";

        public String id() {
            return PREFIX + segment.name() + "/" + scoreCell + "/" + revenueCell;
        }

        /** The key named by a chart point's id, or null when the id names no cell. */
        public static Key parse(String id) {
            if (id == null || !id.startsWith(PREFIX)) {
                return null;
            }
            String[] parts = id.substring(PREFIX.length()).split("/");
            try {
                return new Key(Segment.valueOf(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                return null;
            }
        }

        /** The lowest score of the cell. */
        public double scoreFrom() {
            return 1 + (double) scoreCell / SCORE_CELLS_PER_POINT;
        }

        public double scoreTo() {
            return scoreFrom() + 1.0 / SCORE_CELLS_PER_POINT;
        }

        /** The lowest revenue of the cell; 0 for the cell of no revenue. */
        public BigDecimal revenueFrom() {
            return revenueCell == NO_REVENUE_CELL
                    ? BigDecimal.ZERO
                    : BigDecimal.valueOf(Math.pow(10, (double) revenueCell / REVENUE_CELLS_PER_DECADE));
        }

        public BigDecimal revenueTo() {
            return revenueCell == NO_REVENUE_CELL
                    ? BigDecimal.ZERO
                    : BigDecimal.valueOf(Math.pow(10, (double) (revenueCell + 1) / REVENUE_CELLS_PER_DECADE));
        }
    }

    public Key key() {
        return new Key(segment, scoreCell, revenueCell);
    }
}
