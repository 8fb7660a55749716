package cx.touchpoint.api;

import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import cx.touchpoint.survey.ExternalResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
public class ResponsesApi {

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
    @Requires(Permission.IMPORT_DATA)
    @Operation(
            summary = "Record a survey response (issues are raised as for a survey link). With an"
                    + " Idempotency-Key header a retry with the same body stores nothing and answers 200 with the"
                    + " first result; the same key with another body is 422 (nothing stored); a retry while the"
                    + " first is still being processed waits up to 2 s for its result, then 409 with Retry-After."
                    + " A responseId another account's response has is 409. Admins and account executives (own"
                    + " book), as the import")
    @ApiResponse(responseCode = "201", description = "stored")
    @ApiResponse(
            responseCode = "200",
            description = "stored before (same Idempotency-Key and body, or same responseId)")
    @ApiResponse(responseCode = "400", description = "a field is missing or wrong: `errors` names each; nothing stored")
    @ApiResponse(responseCode = "409", description = "responseId used by another account, or the key is in flight")
    @ApiResponse(responseCode = "422", description = "Idempotency-Key used before with a different body")
    public ResponseEntity<ApiRequests.ResponseResult> response(
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
    @Requires(Permission.IMPORT_DATA)
    @Operation(
            summary = "A touch point happened (account, contact, touch point, time). Fires the touch point's"
                    + " transaction-survey trigger: 200 with outcome INVITED (the invitation's id) or SKIPPED"
                    + " (the contact policy's reason); 202 with NO_TRIGGER or NO_CONTACT when no trigger handled"
                    + " it: the event is kept for when one is configured. Admins and account executives (own book)")
    public ResponseEntity<ApiRequests.EventResult> event(@RequestBody ApiRequests.TouchPointEvent event) {
        var result = requests.recordEvent(event);
        return ResponseEntity.status(result.handled() ? 200 : 202).body(result);
    }
}
