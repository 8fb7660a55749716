package cx.touchpoint.theme;

/**
 * Published in the analysis job's transaction when a comment has been analysed and given a theme, with what
 * listeners need (the issue board re-routes and labels the issues raised from the comment).
 *
 * @param responseId the survey response, for a survey comment (else null)
 * @param complaintId the complaint, for a complaint (else null)
 * @param sentimentScore -1 (negative) to +1 (positive)
 */
public record CommentThemed(
        Long responseId,
        Long complaintId,
        long accountId,
        String text,
        long themeId,
        String themeName,
        Sentiment sentiment,
        double sentimentScore) {}
