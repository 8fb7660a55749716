package cx.touchpoint.segment;

import cx.touchpoint.security.Role;
import cx.touchpoint.security.SignedInUser;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Hand-made segment data on top of {@link TestData}: relationship answers with exact scores, waves. */
public class SegmentFixtures {

    private final TestData data;
    private final long template;

    public SegmentFixtures(TestData data, String templateName) {
        this.data = data;
        this.template = data.relationshipTemplate(templateName);
    }

    public long template() {
        return template;
    }

    public long account(String name, long ae, String revenue, String potential) {
        return data.account(name, ae, new BigDecimal(revenue), new BigDecimal(potential));
    }

    /**
     * A relationship response whose six items were experienced as {@code experienced} (one value per
     * item in cue order), so the summary score is their mean; expected is 6 throughout.
     */
    public long scored(long account, Integer nps, Instant at, Long waveId, int... experienced) {
        long response = data.response(template, account, "PRESENT", nps, at, "");
        String[] cues = {
            "competence", "reliability", "responsiveness", "transaction_security", "trustworthiness", "access"
        };
        for (int i = 0; i < experienced.length; i++) {
            data.answer(response, data.itemId(template, cues[i]), 6, experienced[i]);
        }
        if (waveId != null) {
            data.jdbc()
                    .sql("update survey_response set wave_id = :w where id = :r")
                    .param("w", waveId)
                    .param("r", response)
                    .update();
        }
        return response;
    }

    /** A response with all six items experienced as {@code score}. */
    public long scored(long account, Integer nps, Instant at, Long waveId, int score) {
        return scored(account, nps, at, waveId, score, score, score, score, score, score);
    }

    public long wave(String name, LocalDate opensOn) {
        return data.jdbc()
                .sql("insert into survey_wave (template_id, name, opens_on, closes_on, status)"
                        + " values (:t, :n, :o, :c, 'CLOSED') returning id")
                .param("t", template)
                .param("n", name)
                .param("o", opensOn)
                .param("c", opensOn.plusDays(30))
                .query(Long.class)
                .single();
    }

    public void thresholds(String score, String revenue, String ratio) {
        data.jdbc()
                .sql("update segment_threshold set score_threshold = :s, revenue_threshold = :r,"
                        + " growth_headroom_ratio = :g where id = 1")
                .param("s", new BigDecimal(score))
                .param("r", revenue == null ? null : new BigDecimal(revenue))
                .param("g", new BigDecimal(ratio))
                .update();
    }

    public void defect(long account) {
        data.jdbc()
                .sql("update account set status = 'DEFECTED', defected_on = :d where id = :a")
                .param("d", LocalDate.of(2026, 3, 1))
                .param("a", account)
                .update();
    }

    /** Signs in {@code username} (created with the role) for service calls in this thread. */
    public SignedInUser signIn(String username, Role role) {
        long id = data.user(username, role);
        return signIn(new SignedInUser(id, username, "Test " + username, role, null, "{noop}x"));
    }

    public static SignedInUser signIn(SignedInUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        return user;
    }
}
