package cx.touchpoint.survey.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import cx.touchpoint.security.Role;
import cx.touchpoint.survey.SurveyService;
import cx.touchpoint.survey.mail.OutboxMail;
import cx.touchpoint.testsupport.KaribuTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 19 #4: a held mail (no SMTP server) keeps its working links and the outbox says so; only an admin
 * sees them, an account executive reads the mail with the links removed and cannot answer as the customer.
 */
class OutboxViewTest extends KaribuTest {

    private static final Pattern TOKEN_LINK = Pattern.compile("/(respond|unsubscribe)/[A-Za-z0-9_-]{43}");

    @Autowired
    SurveyService surveys;

    @BeforeEach
    void setUp() {
        var ae = login("ae.outbox", Role.ACCOUNT_EXECUTIVE);
        long account = data.account("Outbox Co", ae.id(), new BigDecimal("5000"), new BigDecimal("9000"));
        long contact = data.contact(account, "Olive Outbox");
        long template = data.relationshipTemplate("Outbox survey");
        surveys.send(surveys.prepare(account, template, null, List.of(contact), contact));
    }

    @Test
    void an_account_executive_reads_a_held_mail_without_its_working_links_and_is_told_why() {
        String body = openTheMail();

        assertThat(body).doesNotContainPattern(TOKEN_LINK).contains("[link removed]");
        assertThat(note())
                .isEqualTo("Held with working links, shown to admins only: an account executive must not be able"
                        + " to answer as the customer.");
        assertThat(surveys.heldMailLinksShown()).isFalse();
    }

    @Test
    void an_admin_reads_a_held_mail_with_its_working_links_and_is_told_to_forward_it_only_to_the_recipient() {
        login("admin.outbox", Role.ADMIN);

        String body = openTheMail();

        assertThat(body).containsPattern(TOKEN_LINK);
        assertThat(note()).startsWith("Held with working links: this stored copy still opens the customer's survey.");
        assertThat(surveys.heldMailLinksShown()).isTrue();
    }

    @Test
    void the_note_says_what_happened_to_the_links_for_every_status() {
        assertThat(OutboxView.linkNote(mail("SENT", ""), true))
                .isEqualTo("Sent: the links were removed from this stored copy; only the recipient's mail has them.");
        assertThat(OutboxView.linkNote(mail("SUPPRESSED", "opted out of surveys on 2027-03-01"), true))
                .isEqualTo("Not sent: the contact opted out of surveys on 2027-03-01. Its links were removed.");
        assertThat(OutboxView.linkNote(mail("PENDING", ""), true)).startsWith("Waiting to be sent");
    }

    private static OutboxMail mail(String status, String reason) {
        return new OutboxMail(
                1, "INVITATION", "A", "S", "r@x.example", "s", status, 1, "", reason, null, null, "", false);
    }

    @SuppressWarnings("unchecked")
    private String openTheMail() {
        UI.getCurrent().navigate(OutboxView.class);
        Grid<OutboxMail> grid = _get(Grid.class, spec -> spec.withId("outbox-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        grid.select(GridKt._get(grid, 0));
        assertThat(GridKt._get(grid, 0).holdsLinks()).isTrue();
        // the body as the reader shows it: its text, its web addresses as links
        return org.jsoup.Jsoup.parseBodyFragment(
                        _get(com.vaadin.flow.component.Html.class, spec -> spec.withId("outbox-body"))
                                .getInnerHtml())
                .body()
                .wholeText();
    }

    private String note() {
        return _get(Paragraph.class, spec -> spec.withId("outbox-link-note")).getText();
    }
}
