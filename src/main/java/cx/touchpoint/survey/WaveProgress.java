package cx.touchpoint.survey;

import java.util.List;

/**
 * How far a wave is, per account: invitations sent, answered, and who has not answered yet.
 *
 * @param responseRate responded / invited, 0-1; null when nobody was invited yet
 */
public record WaveProgress(
        long accountId,
        String account,
        String accountExecutive,
        String preparation,
        int invited,
        int responded,
        Double responseRate,
        List<String> notAnswered) {}
