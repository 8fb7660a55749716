package cx.touchpoint.webhook;

/** A new subscription's id and its signing secret: the only time the secret is shown. */
public record CreatedSubscription(long id, String secret) {}
