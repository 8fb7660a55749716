package cx.touchpoint.issue;

import cx.touchpoint.segment.Segment;

/**
 * What the board shows; every field null/false = everything.
 *
 * @param unassignedOnly only issues nobody is assigned to (a team lead's "new and unassigned")
 * @param dueTodayOnly only open issues not yet overdue whose SLA ends before midnight in the company time
 *     zone
 */
public record BoardFilter(
        Long teamId,
        Long assigneeId,
        Segment segment,
        boolean overdueOnly,
        boolean unassignedOnly,
        boolean dueTodayOnly) {

    public BoardFilter(Long teamId, Long assigneeId, Segment segment, boolean overdueOnly) {
        this(teamId, assigneeId, segment, overdueOnly, false, false);
    }

    public static BoardFilter everything() {
        return new BoardFilter(null, null, null, false);
    }

    /** This filter for another team (a specialist's board is always their team's). */
    public BoardFilter forTeam(Long team) {
        return new BoardFilter(team, assigneeId, segment, overdueOnly, unassignedOnly, dueTodayOnly);
    }
}
