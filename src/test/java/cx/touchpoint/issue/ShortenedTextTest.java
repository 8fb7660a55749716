package cx.touchpoint.issue;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.security.Role;
import cx.touchpoint.survey.ResponseService;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.MutableClock;
import cx.touchpoint.testsupport.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #12.5: a complaint whose 80th character fell inside an emoji was stored with half the emoji
 * turned into "?" in the issue title, and the evidence excerpt was cut the same way at 3,800.
 */
@DatabaseTest
class ShortenedTextTest {

    static final String EMOJI = "😀"; // one character, two UTF-16 chars

    @Autowired
    IssueService service;

    @Autowired
    IntakeService intake;

    @Autowired
    ResponseService responses;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    IssueFixtures fixtures;
    long account;

    @BeforeEach
    void setUp() {
        fixtures = new IssueFixtures(data);
        account = fixtures.account("Emoji Foods");
        // the board's reads need a role that may read issues (the permission policy)
        fixtures.signIn("emoji.reader" + System.nanoTime(), Role.ADMIN, null);
    }

    @AfterEach
    void signOut() {
        IssueFixtures.signOut();
    }

    @Test
    void a_complaint_title_is_cut_before_the_emoji_never_inside_it() {
        String words = "Our pallets arrived soaked again and the driver just left them in the rain";
        String body = words + " ".repeat(78 - words.length()) + EMOJI + " and nobody called back.";

        long issue = intake.onComplaintReceived(fixtures.complaint(account, body));

        String title = fixtures.column(issue, "title");
        assertThat(title).isEqualTo("Complaint from Emoji Foods: " + words + "…");
        assertThat(title).doesNotContain("?");
        assertThat(fixtures.column(issue, "description")).isEqualTo(body);
    }

    @Test
    void the_evidence_excerpt_is_cut_on_whole_characters() {
        long template = data.relationshipTemplate("Emoji survey");
        String before = "Comment: \"";
        String comment = "w".repeat(3799 - before.length()) + EMOJI + " and more after the cut";

        // a detractor's comment is a signal of its own, with the comment as its evidence
        long issue = fixtures.respond(responses, template, account, 5, comment, "reliability", 6, clock.instant())
                .get(0);

        String excerpt = service.evidence(issue).get(0).excerpt();
        assertThat(excerpt).endsWith("w…").doesNotContain("?").doesNotContain("\uFFFD");
        assertThat(excerpt.codePoints().noneMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE))
                .isTrue();
    }
}
