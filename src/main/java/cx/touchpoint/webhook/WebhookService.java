package cx.touchpoint.webhook;

import cx.touchpoint.base.InputValidator;
import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.security.AdminAudit;
import cx.touchpoint.security.CurrentUser;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import cx.touchpoint.security.SignedInUser;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outbound webhooks for admins: subscriptions to {@link WebhookEvent}s and each one's delivery log. The
 * deliveries themselves are written by {@link WebhookOutbox} and sent by {@link WebhookSender}.
 */
@Service
@Transactional
@Requires(Permission.ADMINISTER)
public class WebhookService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookQueries queries;
    private final InputValidator validator;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final WebhookTargets targets;
    private final AdminAudit audit;

    WebhookService(
            WebhookQueries queries,
            InputValidator validator,
            CurrentUser currentUser,
            Clock clock,
            WebhookTargets targets,
            AdminAudit audit) {
        this.audit = audit;
        this.queries = queries;
        this.targets = targets;
        this.validator = validator;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Subscribes a target URL (http or https only) to events, with a newly generated secret that signs every
     * delivery. The secret is returned here once and never shown again.
     *
     * @throws InvalidInput with a problem per field (name missing or taken, URL not http(s) or to an internal address
     *     by {@link WebhookTargets}: loopback, private, link-local, Touchpoint itself ..., no event)
     */
    public CreatedSubscription subscribe(NewSubscription subscription) {
        List<InvalidInput.Problem> more = new ArrayList<>();
        if (subscription.targetUrl() != null && !subscription.targetUrl().isBlank()) {
            String problem = targets.problem(subscription.targetUrl().strip());
            if (problem != null) {
                more.add(new InvalidInput.Problem("targetUrl", problem));
            }
        }
        if (subscription.name() != null && !subscription.name().isBlank() && queries.nameTaken(subscription.name())) {
            more.add(new InvalidInput.Problem("name", "Name: another subscription is called that."));
        }
        validator.check(subscription, more);
        String secret = newSecret();
        Long by = currentUser.get().map(SignedInUser::id).orElse(null);
        long id = queries.insertSubscription(subscription, secret, clock.instant(), by);
        audit.record(
                AdminAudit.Subject.WEBHOOK,
                id,
                subscription.name(),
                "subscription created",
                null,
                subscription.targetUrl().strip() + " · "
                        + subscription.events().stream()
                                .map(WebhookEvent::wireName)
                                .sorted()
                                .collect(java.util.stream.Collectors.joining(", ")));
        return new CreatedSubscription(id, secret);
    }

    /** A page of the subscriptions by name, with their pending, delivered and failed deliveries counted. */
    @Transactional(readOnly = true)
    public List<WebhookSubscriptionRow> subscriptions(int offset, int limit) {
        return queries.subscriptions(offset, limit);
    }

    /** A page of a subscription's delivery log, newest event first. */
    @Transactional(readOnly = true)
    public List<WebhookDeliveryRow> deliveries(long subscriptionId, int offset, int limit) {
        return queries.deliveries(subscriptionId, offset, limit);
    }

    /** Pauses or resumes a subscription: while paused, new events still queue and are sent on resuming. */
    public void setEnabled(long subscriptionId, boolean enabled) {
        if (queries.setEnabled(subscriptionId, enabled) == 0) {
            throw new InvalidInput("This subscription no longer exists.");
        }
        audit.record(
                AdminAudit.Subject.WEBHOOK,
                subscriptionId,
                queries.name(subscriptionId).orElse("Subscription #" + subscriptionId),
                enabled ? "subscription resumed" : "subscription paused",
                enabled ? "paused" : "active",
                enabled ? "active" : "paused");
    }

    /** Deletes a subscription with its delivery log; deliveries not yet sent are dropped. */
    public void delete(long subscriptionId) {
        var name = queries.name(subscriptionId);
        if (queries.delete(subscriptionId) > 0) {
            audit.record(
                    AdminAudit.Subject.WEBHOOK,
                    subscriptionId,
                    name.orElse("Subscription #" + subscriptionId),
                    "subscription deleted",
                    null,
                    null);
        }
    }

    /** 256 random bits, base64url, with a prefix that makes a leaked secret easy to recognise. */
    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
