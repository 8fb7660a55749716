package cx.touchpoint.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import cx.touchpoint.survey.NewResponse;
import cx.touchpoint.survey.ResponseService;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #12.6: a detractor comment of 3,500 characters with a 300-character URL ran across the
 * neighbouring cards and made its card 1,900 px tall. Everywhere a comment appears it now wraps
 * inside its card, starts clamped, and opens with a keyboard-reachable "Show all".
 */
class LongCommentsJourneyIT extends BrowserJourney {

    static final String URL = "https://support.example.com/tickets/" + "a1b2c3d4e5".repeat(27);

    @Autowired
    ResponseService responses;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    record Seeded(long accountId, long issueId) {}

    /** A detractor with a very long comment, recorded the way every response is. */
    Seeded longDetractorComment() {
        record Item(long templateId, long itemId) {}
        var item = jdbc.sql("select t.id as template_id, i.id as item_id from survey_item i"
                        + " join survey_template t on t.id = i.template_id join perception_cue c on c.id = i.cue_id"
                        + " where t.pattern = 'PRESENT' and c.code = 'reliability' order by t.id, i.id limit 1")
                .query(Item.class)
                .single();
        long account = jdbc.sql("select id from account where status = 'ACTIVE' order by annual_revenue desc limit 1")
                .query(Long.class)
                .single();
        String sentence = "The delivery arrived late again and the tracking page said nothing useful. ";
        String comment = sentence.repeat(20) + "See " + URL + " for the whole history. " + sentence.repeat(25);
        assertThat(comment.length()).isBetween(3_400, 3_999);
        var recorded = responses.record(new NewResponse(
                item.templateId(),
                account,
                null,
                null,
                null,
                null,
                NewResponse.Channel.API,
                1,
                comment,
                clock.instant(),
                List.of(new NewResponse.Answer(item.itemId(), 7, 1))));
        // the comment is a signal of its own (one issue per team): the issue whose evidence is the comment
        // (the detractor answer's evidence quotes it too)
        long commented = jdbc.sql("select issue_id from issue_evidence where response_id = :r"
                        + " and excerpt like 'Comment:%' and excerpt like :url")
                .param("r", recorded.responseId())
                .param("url", "%" + URL.substring(0, 40) + "%")
                .query(Long.class)
                .single();
        assertThat(recorded.issueIds()).contains(commented);
        return new Seeded(account, commented);
    }

    @Test
    void a_long_comment_with_a_long_url_stays_inside_its_card_everywhere_and_opens_by_keyboard() {
        Seeded seeded = longDetractorComment();
        signIn("executive", "touchpoint");
        page.waitForURL(address -> URI.create(address).getPath().equals("/"));

        page.navigate(url("/review"));
        Locator verbatim =
                page.locator(".verbatim").filter(new Locator.FilterOptions().setHasText("support.example.com"));
        verbatim.first().waitFor();
        Locator card = verbatim.first();
        assertStaysInside(card, card.locator(".comment-body"));
        assertThat(card.boundingBox().height).as("clamped card height").isLessThan(400);
        Locator toggle = card.locator(".comment-toggle");
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        screenshot("long-comment-review-clamped");
        assertNoSeriousAccessibilityViolations("experience review");

        toggle.focus();
        page.keyboard().press("Enter");
        page.waitForCondition(() -> "true".equals(toggle.getAttribute("aria-expanded")));
        assertThat(card.locator(".comment-body").textContent()).contains(URL, "for the whole history");
        assertStaysInside(card, card.locator(".comment-body"));
        screenshot("long-comment-review-expanded");

        page.navigate(url("/accounts/" + seeded.accountId()));
        Locator cell = page.locator("#account-responses .response-comment")
                .filter(new Locator.FilterOptions().setHasText("support.example.com"))
                .first();
        cell.waitFor();
        assertStaysInside(page.locator("#account-responses"), cell);
        assertThat(cell.locator(".comment-toggle").count()).isEqualTo(1);
        screenshot("long-comment-account");
        assertNoSeriousAccessibilityViolations("account page");

        page.navigate(url("/issues?issue=" + seeded.issueId()));
        Locator evidence = page.locator("#detail-evidence .evidence-item").first();
        evidence.waitFor();
        assertStaysInside(page.locator("vaadin-dialog-overlay").first(), evidence);
        assertThat(evidence.locator(".comment-toggle").count()).isEqualTo(1);
        screenshot("long-comment-board-evidence");
        assertNoSeriousAccessibilityViolations("issue detail");
    }

    /** The inner element is no wider than the outer one and does not stick out to the right. */
    private void assertStaysInside(Locator outer, Locator inner) {
        BoundingBox box = outer.boundingBox();
        BoundingBox content = inner.boundingBox();
        assertThat(content.x + content.width)
                .as("right edge of the text within its card")
                .isLessThanOrEqualTo(box.x + box.width + 1);
        Object overflow = inner.evaluate("e => e.scrollWidth - e.clientWidth");
        assertThat(((Number) overflow).intValue())
                .as("horizontal overflow of the text")
                .isLessThanOrEqualTo(1);
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/" + name + ".png"))
                .setFullPage(false));
    }
}
