package cx.touchpoint.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and description, including how outbound webhooks are signed. */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    static final String DESCRIPTION =
            """
            HTTP Basic with your username and a personal API token (created at /profile/api-tokens). \
            Errors are application/problem+json; a refused body is 400 with `errors` (field, value, message).

            ## Outbound webhooks
            Admins subscribe target URLs (http or https) at /admin/webhooks to `response.recorded`, \
            `issue.created`, `issue.status_changed` and `issue.escalated`. Each delivery is a JSON POST \
            `{"id", "type", "occurredAt", "data"}` with the headers
            - `Touchpoint-Signature: t=<unix seconds>,v1=<hex>`: HMAC-SHA256 of `<t>.<body>` (the timestamp, \
            a dot, the exact body bytes), keyed with the subscription's secret (shown once when the \
            subscription is created); refuse a delivery whose `t` is more than 5 minutes from your clock;
            - `X-Touchpoint-Signature: sha256=<hex>`: the body-only HMAC of earlier releases, sent in this \
            release only (it does not cover the time, so it cannot stop a replay);
            - `X-Touchpoint-Event`: the event type; `X-Touchpoint-Event-Id`: the event's UUID (the same on \
            every retry: de-duplicate by it); `X-Touchpoint-Timestamp`: this attempt's time in Unix seconds.

            A 2xx answer delivers it; anything else is retried after 1, 2, 4 ... minutes (at most 4 hours \
            apart) for one day. Deliveries are written in the transaction of the change and sent after \
            commit: at least once, nothing lost when the target is down or Touchpoint restarts.
            """;

    /** Paging, retries, failed sign-ins and permissions (issue 18 C14-C16, issue 19 #2, #7, #13). */
    static final String CONVENTIONS =
            """

            ## Paging by key
            `GET /accounts`, `GET /issues` and `GET /comments` answer at most `limit` items in key order (accounts by \
            `externalId`, issues by `id`, comments newest first by `id` descending) and, while more follow, `Link: <...?after=KEY&limit=N>; rel="next"`. Pass the last \
            item's key as `after`: an item inserted or changed between two calls never makes another repeat or go \
            missing. `offset` (deprecated) pages by position, where an insert or change shifts items.

            ## Retries
            `POST /responses` with `Idempotency-Key` (1-200 characters, per user): the same key and body again \
            stores nothing and answers 200 with the first result; the same key with a different body is 422 and \
            stores nothing; while the first request is in flight a retry waits up to 2 s for its result, then 409 \
            with `Retry-After`. A `responseId` that another account's response has is 409.

            ## Failed sign-ins and permissions
            Wrong tokens count with the sign-in throttle (per username and per address): after 5 in 15 minutes \
            every call for that username or address is 429 with `Retry-After`, the right token too. Each endpoint \
            needs the permission of its screen (named in its summary); others get 403. Every refusal names the \
            field in `errors`.
            """;

    @Bean
    OpenAPI touchpointOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Touchpoint API").version("v1").description(DESCRIPTION + CONVENTIONS));
    }
}
