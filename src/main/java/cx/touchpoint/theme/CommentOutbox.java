package cx.touchpoint.theme;

import cx.touchpoint.survey.ResponseRecorded;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues a survey response's comment for analysis in the transaction that stored the response (the outbox):
 * one insert, no analysis, so recording never waits for the model. A blank comment is no comment.
 */
@Component
class CommentOutbox {

    private final ThemeQueries queries;
    private final Clock clock;

    CommentOutbox(ThemeQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @EventListener
    void onResponseRecorded(ResponseRecorded response) {
        if (response.comment() != null && !response.comment().isBlank()) {
            queries.enqueue(
                    CommentSource.RESPONSE,
                    response.responseId(),
                    null,
                    response.accountId(),
                    response.nps(),
                    response.respondedAt(),
                    response.comment(),
                    clock.instant());
        }
    }
}
