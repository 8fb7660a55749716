package cx.touchpoint.webhook;

import java.io.InterruptedIOException;
import java.net.UnknownHostException;

/**
 * What the delivery log tells an admin about a failed attempt: a class, never the socket's own error text, so the
 * log cannot tell an open port from a closed one or a non-HTTP service (issue #19 finding 1). The server log keeps
 * the details for the operator.
 */
enum DeliveryFailure {
    REFUSED_INTERNAL("refused: internal address"),
    HOST_NOT_FOUND("host not found"),
    TIMED_OUT("timed out"),
    CONNECTION_FAILED("connection failed"),
    HTTP_3XX("HTTP 3xx: redirects are not followed"),
    HTTP_4XX("HTTP 4xx"),
    HTTP_5XX("HTTP 5xx"),
    HTTP_OTHER("unexpected HTTP status");

    private final String words;

    DeliveryFailure(String words) {
        this.words = words;
    }

    /** As the delivery log shows it. */
    String words() {
        return words;
    }

    static DeliveryFailure ofStatus(int status) {
        return switch (status / 100) {
            case 3 -> HTTP_3XX;
            case 4 -> HTTP_4XX;
            case 5 -> HTTP_5XX;
            default -> HTTP_OTHER;
        };
    }

    static DeliveryFailure of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof WebhookTargets.Refused) {
                return REFUSED_INTERNAL;
            }
            if (cause instanceof UnknownHostException) {
                return HOST_NOT_FOUND;
            }
            if (cause instanceof InterruptedIOException) {
                return TIMED_OUT;
            }
        }
        return CONNECTION_FAILED;
    }
}
