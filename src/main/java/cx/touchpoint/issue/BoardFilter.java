package cx.touchpoint.issue;

/** What the board shows; every field null/false = everything. */
public record BoardFilter(Long teamId, Long assigneeId, AccountSegment segment, boolean overdueOnly) {

    public static BoardFilter everything() {
        return new BoardFilter(null, null, null, false);
    }
}
