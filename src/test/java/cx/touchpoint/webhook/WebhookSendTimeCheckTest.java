package cx.touchpoint.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.issue.IssueFixtures;
import cx.touchpoint.security.Role;
import cx.touchpoint.survey.ResponseService;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.MutableClock;
import cx.touchpoint.testsupport.TestClockConfig;
import cx.touchpoint.testsupport.TestData;
import java.net.InetAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue #19 finding 1, at send time: a name that resolved to a public address when the subscription was saved
 * and to loopback when the delivery is sent (DNS rebinding) reaches nothing, and the log says "refused: internal
 * address"; the sender connects to the address the check resolved (a name no DNS knows reaches the receiver).
 * No connection ever goes to the public test address.
 */
@DatabaseTest
class WebhookSendTimeCheckTest {

    @Autowired
    WebhookQueries queries;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ResponseService responses;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    @Autowired
    Environment env;

    final MockWebServer receiver = new MockWebServer();
    String address = "203.0.113.10";
    IssueFixtures fixtures;

    @BeforeEach
    void setUp() throws Exception {
        receiver.start();
        fixtures = new IssueFixtures(data);
        fixtures.signIn("rebind.admin", Role.ADMIN, null);
    }

    @AfterEach
    void tearDown() throws Exception {
        receiver.shutdown();
        clock.set(TestClockConfig.START);
        IssueFixtures.signOut();
    }

    WebhookTargets targets(String... allowed) {
        return new WebhookTargets(
                host -> host.equals("receiver.test")
                        ? new InetAddress[] {InetAddress.getByName(address)}
                        : InetAddress.getAllByName(host),
                List.of(allowed),
                env);
    }

    long subscribe(WebhookTargets targets) {
        String url = "http://receiver.test:" + receiver.getPort() + "/hooks";
        assertThat(targets.problem(url)).as("accepted when saved").isNull();
        return queries.insertSubscription(
                new NewSubscription("Rebinding", url, Set.of(WebhookEvent.ISSUE_CREATED)),
                "whsec_0123456789abcdef0123456789abcdef",
                clock.instant(),
                null);
    }

    @Test
    void a_name_rebound_to_loopback_after_saving_is_refused_at_send_time_and_logged_as_a_class() throws Exception {
        var targets = targets();
        long subscription = subscribe(targets);
        fixtures.lowReliabilityIssue(responses, "Rebinding survey", "Rebound Freight");

        address = "127.0.0.1";
        var sender = new WebhookSender(queries, tx, clock, targets, true);
        assertThat(sender.sendDue()).isZero();

        assertThat(receiver.takeRequest(500, TimeUnit.MILLISECONDS))
                .as("nothing reached loopback")
                .isNull();
        assertThat(queries.deliveries(subscription, 0, 10)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo("PENDING");
            assertThat(d.lastError()).isEqualTo("refused: internal address");
            assertThat(d.lastStatusCode()).isNull();
        });
    }

    @Test
    void the_sender_connects_to_the_address_it_checked() throws Exception {
        address = "127.0.0.1";
        var targets = targets("receiver.test");
        long subscription = subscribe(targets);
        receiver.enqueue(new MockResponse().setResponseCode(204));
        fixtures.lowReliabilityIssue(responses, "Checked survey", "Checked Freight");

        assertThat(new WebhookSender(queries, tx, clock, targets, true).sendDue())
                .isEqualTo(1);

        var request = receiver.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).isNotNull();
        assertThat(request.getHeader("Host")).isEqualTo("receiver.test:" + receiver.getPort());
        assertThat(queries.deliveries(subscription, 0, 10)).singleElement().satisfies(d -> assertThat(d.status())
                .isEqualTo("DELIVERED"));
    }
}
