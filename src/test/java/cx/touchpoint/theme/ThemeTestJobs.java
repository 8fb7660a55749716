package cx.touchpoint.theme;

import cx.touchpoint.survey.NewResponse;
import cx.touchpoint.survey.ResponseService;
import cx.touchpoint.testsupport.TestData;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationContext;

/** For view tests outside this package: the fixture's comments recorded, analysed and themed. */
public final class ThemeTestJobs {

    private ThemeTestJobs() {}

    /**
     * Records every fixture comment as a response of {@code account} (NPS 2 for problems, 9 for the account team),
     * runs the analysis and finds the first themes.
     */
    public static void fixtureThemes(
            ApplicationContext context, TestData data, long template, long account, Instant at) {
        var responses = context.getBean(ResponseService.class);
        CommentFixture.GROUPS.forEach((group, comments) -> comments.forEach(c -> responses.record(new NewResponse(
                template,
                account,
                null,
                null,
                null,
                null,
                NewResponse.Channel.API,
                group.equals("account team") ? 9 : 2,
                c,
                at,
                List.of()))));
        var jobs = context.getBean(ThemeJobs.class);
        jobs.analyseDue();
        jobs.findThemes("test");
    }

    /** Runs the analysis job once over every due comment. */
    public static int analyse(ApplicationContext context) {
        return context.getBean(ThemeJobs.class).analyseDue();
    }
}
