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

    @Bean
    OpenAPI touchpointOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Touchpoint API").version("v1").description(DESCRIPTION));
    }
}
