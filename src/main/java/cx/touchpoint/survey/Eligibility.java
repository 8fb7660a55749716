package cx.touchpoint.survey;

import java.time.Instant;

/**
 * Whether a contact may be invited now under the contact policy, and if not why and from when.
 *
 * @param from when the contact becomes eligible; {@code null} = now or never (opted out)
 */
public record Eligibility(boolean eligible, String reason, Instant from) {

    static final Eligibility NOW = new Eligibility(true, "", null);
}
