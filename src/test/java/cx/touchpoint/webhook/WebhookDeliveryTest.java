package cx.touchpoint.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.issue.IssueChangeService;
import cx.touchpoint.issue.IssueFixtures;
import cx.touchpoint.issue.IssueService;
import cx.touchpoint.issue.IssueStatus;
import cx.touchpoint.issue.SlaEscalation;
import cx.touchpoint.security.Role;
import cx.touchpoint.survey.ResponseService;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.MutableClock;
import cx.touchpoint.testsupport.TestClockConfig;
import cx.touchpoint.testsupport.TestData;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue #9 section 3: deliveries are written with the change, signed, retried after a failure and not lost
 * across a restart, against a real HTTP server on loopback (MockWebServer). Each test runs in a transaction
 * that is rolled back; the sender's own transactions join it.
 */
@DatabaseTest
class WebhookDeliveryTest {

    @Autowired
    WebhookService webhooks;

    @Autowired
    WebhookSender sender;

    @Autowired
    WebhookQueries queries;

    @Autowired
    WebhookTargets targets;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ResponseService responses;

    @Autowired
    IssueService issues;

    @Autowired
    IssueChangeService changes;

    @Autowired
    SlaEscalation escalation;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    @Autowired
    ObjectMapper json;

    MockWebServer server = new MockWebServer();
    IssueFixtures fixtures;

    @BeforeEach
    void setUp() throws Exception {
        server.start();
        fixtures = new IssueFixtures(data);
        fixtures.signIn("hook.admin", Role.ADMIN, null);
    }

    @AfterEach
    void tearDown() throws Exception {
        server.shutdown();
        clock.set(TestClockConfig.START);
        IssueFixtures.signOut();
    }

    CreatedSubscription subscribe(String name, WebhookEvent... events) {
        return webhooks.subscribe(
                new NewSubscription(name, "http://localhost:" + server.getPort() + "/hooks", Set.of(events)));
    }

    long raiseIssue(String account) {
        return fixtures.lowReliabilityIssue(responses, "Webhook survey " + account, account);
    }

    List<WebhookDeliveryRow> log(long subscription) {
        return webhooks.deliveries(subscription, 0, 50);
    }

    static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_new_issue_is_written_to_the_outbox_with_the_response_and_posted_signed() throws Exception {
        var created = subscribe("Service desk", WebhookEvent.ISSUE_CREATED);
        server.enqueue(new MockResponse().setResponseCode(204));

        long issue = raiseIssue("Signed Freight");

        var pending = log(created.id());
        assertThat(pending).singleElement().satisfies(d -> {
            assertThat(d.eventType()).isEqualTo("issue.created");
            assertThat(d.status()).isEqualTo("PENDING");
            assertThat(d.attempts()).isZero();
        });
        assertThat(server.getRequestCount())
                .as("nothing is sent inside the transaction")
                .isZero();

        assertThat(sender.sendDue()).isEqualTo(1);

        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        String body = request.getBody().readUtf8();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/hooks");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        String timestamp = request.getHeader("X-Touchpoint-Timestamp");
        assertThat(request.getHeader("Touchpoint-Signature"))
                .as("issue #18 C17: the signature covers the timestamp and the body")
                .isEqualTo("t=" + timestamp + ",v1="
                        + hmac(created.secret(), timestamp + "." + body).substring(7));
        assertThat(request.getHeader("X-Touchpoint-Signature")).isEqualTo(hmac(created.secret(), body));
        assertThat(request.getHeader("X-Touchpoint-Signature"))
                .as("a different secret gives a different signature")
                .isNotEqualTo(hmac(created.secret() + "x", body));
        assertThat(request.getHeader("X-Touchpoint-Event")).isEqualTo("issue.created");
        assertThat(request.getHeader("X-Touchpoint-Event-Id"))
                .isEqualTo(pending.get(0).eventId().toString());
        assertThat(request.getHeader("X-Touchpoint-Timestamp"))
                .isEqualTo(Long.toString(TestClockConfig.START.getEpochSecond()));
        JsonNode event = json.readTree(body);
        assertThat(event.get("id").asText()).isEqualTo(pending.get(0).eventId().toString());
        assertThat(event.get("type").asText()).isEqualTo("issue.created");
        assertThat(event.at("/data/issue/issueId").asLong()).isEqualTo(issue);
        assertThat(event.at("/data/issue/status").asText()).isEqualTo("NEW");
        assertThat(event.at("/data/issue/accountName").asText()).isEqualTo("Signed Freight");
        assertThat(event.at("/data/change/to").asText()).isEqualTo("NEW");
        assertThat(event.at("/data/issue/createdAt").asText())
                .as("times are ISO-8601 instants")
                .isEqualTo(TestClockConfig.START.toString());

        assertThat(log(created.id())).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo("DELIVERED");
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.lastStatusCode()).isEqualTo(204);
            assertThat(d.deliveredAt()).isEqualTo(TestClockConfig.START);
            assertThat(d.nextAttemptAt()).isNull();
        });
        assertThat(sender.sendDue()).as("a delivered event is not sent again").isZero();
    }

    @Test
    void a_500_is_retried_after_a_minute_with_the_same_body_and_then_delivered() throws Exception {
        var created = subscribe("Flaky receiver", WebhookEvent.RESPONSE_RECORDED);
        server.enqueue(new MockResponse().setResponseCode(500));
        server.enqueue(new MockResponse().setResponseCode(200));
        raiseIssue("Retry Freight");

        assertThat(sender.sendDue()).isZero();
        assertThat(log(created.id())).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo("PENDING");
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.lastStatusCode()).isEqualTo(500);
            assertThat(d.lastError()).as("a class, not the answer itself").isEqualTo("HTTP 5xx");
            assertThat(d.nextAttemptAt()).isEqualTo(TestClockConfig.START.plus(Duration.ofMinutes(1)));
        });
        clock.advance(Duration.ofSeconds(59));
        assertThat(sender.sendDue()).as("not due before its backoff").isZero();
        assertThat(server.getRequestCount()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(sender.sendDue()).isEqualTo(1);

        RecordedRequest first = server.takeRequest(5, TimeUnit.SECONDS);
        RecordedRequest second = server.takeRequest(5, TimeUnit.SECONDS);
        String body = second.getBody().readUtf8();
        assertThat(first.getBody().readUtf8()).isEqualTo(body);
        assertThat(second.getHeader("X-Touchpoint-Event-Id")).isEqualTo(first.getHeader("X-Touchpoint-Event-Id"));
        assertThat(second.getHeader("X-Touchpoint-Signature")).isEqualTo(hmac(created.secret(), body));
        assertThat(json.readTree(body).at("/data/response/accountName").asText())
                .isEqualTo("Retry Freight");
        assertThat(log(created.id())).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo("DELIVERED");
            assertThat(d.attempts()).isEqualTo(2);
            assertThat(d.lastError()).isEmpty();
        });
    }

    @Test
    void a_delivery_survives_a_restart_while_the_target_is_down_and_a_new_sender_sends_it() throws Exception {
        var created = subscribe("Down for maintenance", WebhookEvent.ISSUE_CREATED);
        int port = server.getPort();
        server.shutdown();
        raiseIssue("Patient Freight");

        assertThat(sender.sendDue()).isZero();
        assertThat(log(created.id())).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo("PENDING");
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.lastStatusCode()).isNull();
            assertThat(d.lastError()).as("no socket error text").isEqualTo("connection failed");
        });

        // "Restart": a new sender with nothing in memory, the target back on the same address.
        server = new MockWebServer();
        server.enqueue(new MockResponse().setResponseCode(200));
        server.start(port);
        var restarted = new WebhookSender(queries, tx, clock, targets, true);
        clock.advance(Duration.ofMinutes(1));

        assertThat(restarted.sendDue()).isEqualTo(1);
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeader("X-Touchpoint-Event"))
                .isEqualTo("issue.created");
        assertThat(log(created.id())).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo("DELIVERED");
            assertThat(d.attempts()).isEqualTo(2);
        });
    }

    @Test
    void a_change_that_rolls_back_leaves_no_delivery() {
        var created = subscribe("Only what happened", WebhookEvent.ISSUE_CREATED, WebhookEvent.RESPONSE_RECORDED);
        var nested = new TransactionTemplate(transactionManager);
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);

        assertThatThrownBy(() -> nested.executeWithoutResult(status -> {
                    raiseIssue("Rolled Back Freight");
                    assertThat(log(created.id())).hasSize(2);
                    throw new IllegalStateException("the change fails after the issue was raised");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(log(created.id())).isEmpty();
        assertThat(sender.sendDue()).isZero();
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void status_changes_and_escalations_are_posted_to_their_subscribers_only() throws Exception {
        fixtures.generalManager("customer_service", "gm.hook");
        long issue = raiseIssue("Moving Freight");
        var created =
                subscribe("Status and escalation", WebhookEvent.ISSUE_STATUS_CHANGED, WebhookEvent.ISSUE_ESCALATED);
        server.enqueue(new MockResponse().setResponseCode(200));
        server.enqueue(new MockResponse().setResponseCode(200));

        changes.move(issue, issues.detail(issue).orElseThrow().version(), IssueStatus.TRIAGED);
        changes.comment(issue, "A comment is not an event anyone subscribed to.");
        clock.advance(Duration.ofHours(80));
        assertThat(escalation.escalateOverdue()).isEqualTo(1);

        assertThat(log(created.id()))
                .extracting(WebhookDeliveryRow::eventType)
                .containsExactly("issue.escalated", "issue.status_changed");
        assertThat(sender.sendDue()).isEqualTo(2);
        JsonNode moved =
                json.readTree(server.takeRequest(5, TimeUnit.SECONDS).getBody().readUtf8());
        JsonNode escalated =
                json.readTree(server.takeRequest(5, TimeUnit.SECONDS).getBody().readUtf8());
        assertThat(moved.get("type").asText()).isEqualTo("issue.status_changed");
        assertThat(moved.at("/data/change/from").asText()).isEqualTo("NEW");
        assertThat(moved.at("/data/change/to").asText()).isEqualTo("TRIAGED");
        assertThat(escalated.get("type").asText()).isEqualTo("issue.escalated");
        assertThat(escalated.at("/data/change/to").asText()).isEqualTo("Test gm.hook");
        assertThat(escalated.at("/data/issue/issueId").asLong()).isEqualTo(issue);
    }

    @Test
    void only_http_and_https_targets_are_accepted_and_nothing_is_stored_otherwise() {
        for (String url :
                List.of("file:///etc/passwd", "gopher://localhost:70/", "ftp://example.com/x", "localhost/x")) {
            assertThatThrownBy(() -> webhooks.subscribe(
                            new NewSubscription("Bad " + url, url, Set.of(WebhookEvent.ISSUE_CREATED))))
                    .isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).problems())
                            .extracting(InvalidInput.Problem::field)
                            .containsExactly("targetUrl"));
        }
        assertThatThrownBy(() -> webhooks.subscribe(new NewSubscription(
                        "With password", "https://user:pw@example.com/", Set.of(WebhookEvent.ISSUE_CREATED))))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("user name or password");
        assertThatThrownBy(() -> webhooks.subscribe(new NewSubscription("", "https://example.com/", Set.of())))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems())
                        .extracting(InvalidInput.Problem::field)
                        .containsExactly("name", "events"));
        assertThat(webhooks.subscriptions(0, 50)).isEmpty();
    }

    @Test
    void the_secret_is_shown_once_and_only_admins_manage_subscriptions() {
        var created = subscribe("Once", WebhookEvent.ISSUE_CREATED);
        assertThat(created.secret()).startsWith("whsec_").hasSizeGreaterThanOrEqualTo(40);
        assertThat(webhooks.subscriptions(0, 50)).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Once");
            assertThat(row.events()).containsExactly("issue.created");
            assertThat(row.toString()).doesNotContain(created.secret());
        });

        fixtures.signIn("hook.lead", Role.TEAM_LEAD, "customer_service");
        assertThatThrownBy(() -> webhooks.subscriptions(0, 50)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> webhooks.subscribe(
                        new NewSubscription("Sneaky", "https://example.com/", Set.of(WebhookEvent.ISSUE_CREATED))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void retries_back_off_from_a_minute_to_four_hours_and_stop_a_day_after_the_event() {
        assertThat(WebhookSender.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(WebhookSender.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(WebhookSender.backoff(8)).isEqualTo(Duration.ofMinutes(128));
        assertThat(WebhookSender.backoff(9)).isEqualTo(Duration.ofHours(4));
        assertThat(WebhookSender.backoff(40)).isEqualTo(Duration.ofHours(4));
        Instant event = TestClockConfig.START;
        assertThat(WebhookSender.nextAttempt(event, event.plus(Duration.ofHours(19)), 12))
                .isEqualTo(event.plus(Duration.ofHours(23)));
        assertThat(WebhookSender.nextAttempt(event, event.plus(Duration.ofHours(21)), 13))
                .as("past a day: FAILED")
                .isNull();
    }
}
