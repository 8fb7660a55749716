package cx.touchpoint.api;

import java.time.Instant;

/** A personal API token as its owner sees it: never the token itself, which is shown only once. */
public record ApiToken(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
