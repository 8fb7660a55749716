package cx.touchpoint.survey;

import cx.touchpoint.issue.IssueFixtures;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.TestData;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/** Hand-made accounts, contacts and sign-ins for survey tests, on top of {@link TestData}. */
class SurveyFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Pattern RESPOND = Pattern.compile("/respond/([A-Za-z0-9_-]{43})");
    private static final Pattern DRAFT = Pattern.compile("/draft/([A-Za-z0-9_-]{43})");
    private static final Pattern UNSUBSCRIBE = Pattern.compile("/unsubscribe/([A-Za-z0-9_-]{43})");

    final TestData data;
    final IssueFixtures issues;

    SurveyFixtures(TestData data) {
        this.data = data;
        this.issues = new IssueFixtures(data);
    }

    /** A new account executive, signed in. */
    long signInAsAccountExecutive() {
        return issues.signIn("ae.survey" + SEQUENCE.incrementAndGet(), Role.ACCOUNT_EXECUTIVE, null)
                .id();
    }

    long account(String name, long accountExecutiveId) {
        return data.account(
                name + " " + SEQUENCE.incrementAndGet(),
                accountExecutiveId,
                new BigDecimal("100000"),
                new BigDecimal("150000"));
    }

    long contact(long accountId) {
        return data.contact(accountId, "Casey Contact" + SEQUENCE.incrementAndGet());
    }

    long template() {
        return data.relationshipTemplate("Survey test " + SEQUENCE.incrementAndGet());
    }

    List<Long> items(long templateId) {
        return data.jdbc()
                .sql("select id from survey_item where template_id = :t order by position")
                .param("t", templateId)
                .query(Long.class)
                .list();
    }

    /** A relationship response of the contact at the given time (the last survey for the quiet period). */
    void answeredAt(long templateId, long accountId, long contactId, Instant at) {
        long response = data.response(templateId, accountId, "PRESENT", 8, at, "");
        data.jdbc()
                .sql("update survey_response set contact_id = :c where id = :r")
                .param("c", contactId)
                .param("r", response)
                .update();
    }

    void optOut(long contactId, Instant at) {
        data.jdbc()
                .sql("update contact set opted_out_at = :at where id = :c")
                .param("at", Timestamp.from(at))
                .param("c", contactId)
                .update();
    }

    /** The one-time response token in the newest invitation mail to the contact's address. */
    String responseToken(long contactId) {
        return find(RESPOND, "INVITATION", contactId);
    }

    String draftToken(long contactId) {
        return find(DRAFT, "DRAFT", contactId);
    }

    /** The unsubscribe token in the newest held mail of this kind to the contact. */
    String unsubscribeToken(long contactId, String kind) {
        return find(UNSUBSCRIBE, kind, contactId);
    }

    long count(String sql) {
        return data.jdbc().sql(sql).query(Long.class).single();
    }

    private String find(Pattern pattern, String kind, long contactId) {
        String body = data.jdbc()
                .sql("select m.text_body from outbox_mail m join contact c on c.email = m.recipient"
                        + " where c.id = :c and m.kind = :k order by m.id desc limit 1")
                .param("c", contactId)
                .param("k", kind)
                .query(String.class)
                .single();
        var matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("no link in the mail: " + body);
        }
        return matcher.group(1);
    }
}
