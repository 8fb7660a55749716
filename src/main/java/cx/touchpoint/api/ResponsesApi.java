package cx.touchpoint.api;

import cx.touchpoint.survey.ExternalResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Survey responses and touch-point events from other systems. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Responses and events")
class ResponsesApi {

    /** A response as posted (JSON). {@code templateId} null = the pattern's active template. */
    record ResponseBody(
            String responseId,
            String accountExternalId,
            String contactEmail,
            String pattern,
            String touchPoint,
            Instant submittedAt,
            Integer nps,
            String comment,
            Long templateId,
            List<ExternalResponse.Answer> answers) {}

    private final ApiRequests requests;

    ResponsesApi(ApiRequests requests) {
        this.requests = requests;
    }

    @PostMapping(path = "/responses", consumes = "application/json")
    @Operation(
            summary = "Record a survey response (issues are raised as for a survey link). With an"
                    + " Idempotency-Key header a retry stores nothing and answers 200 with the first result.")
    ResponseEntity<ApiRequests.ResponseResult> response(
            @RequestBody ResponseBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        var result = requests.recordResponse(
                new ExternalResponse(
                        body.responseId(),
                        body.accountExternalId(),
                        body.contactEmail(),
                        body.pattern(),
                        body.touchPoint(),
                        body.submittedAt(),
                        body.nps(),
                        body.comment(),
                        body.templateId(),
                        body.answers()),
                idempotencyKey);
        return ResponseEntity.status(result.alreadyStored() ? 200 : 201).body(result);
    }

    @PostMapping(path = "/events", consumes = "application/json")
    @Operation(
            summary = "A touch point happened (account, contact, touch point, time). Fires the touch point's"
                    + " transaction-survey trigger: 200 with outcome INVITED (the invitation's id) or SKIPPED"
                    + " (the contact policy's reason); 202 with NO_TRIGGER or NO_CONTACT when no trigger handled"
                    + " it: the event is kept for when one is configured")
    ResponseEntity<ApiRequests.EventResult> event(@RequestBody ApiRequests.TouchPointEvent event) {
        var result = requests.recordEvent(event);
        return ResponseEntity.status(result.handled() ? 200 : 202).body(result);
    }
}
