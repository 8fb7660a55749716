package cx.touchpoint.issue;

import cx.touchpoint.segment.Segment;

/** What the board shows; every field null/false = everything. */
public record BoardFilter(Long teamId, Long assigneeId, Segment segment, boolean overdueOnly) {

    public static BoardFilter everything() {
        return new BoardFilter(null, null, null, false);
    }
}
