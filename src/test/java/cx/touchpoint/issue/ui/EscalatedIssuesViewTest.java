package cx.touchpoint.issue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import cx.touchpoint.issue.IssueFixtures;
import cx.touchpoint.issue.SlaEscalation;
import cx.touchpoint.security.Role;
import cx.touchpoint.security.SignedInUser;
import cx.touchpoint.survey.ResponseService;
import cx.touchpoint.testsupport.KaribuTest;
import cx.touchpoint.testsupport.MutableClock;
import cx.touchpoint.testsupport.TestClockConfig;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EscalatedIssuesViewTest extends KaribuTest {

    @Autowired
    ResponseService responses;

    @Autowired
    SlaEscalation escalation;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.set(TestClockConfig.START);
    }

    @Test
    void a_general_manager_sees_the_issues_escalated_to_them() {
        var fixtures = new IssueFixtures(data);
        long gm = fixtures.generalManager("customer_service", "gm.escalated");
        long issue = fixtures.lowReliabilityIssue(responses, "Escalated view test", "Overdue Customer");
        clock.advance(Duration.ofHours(80)); // past the 72 h of a high issue
        fixtures.signIn("escalation.admin", Role.ADMIN, null);
        escalation.escalateOverdue();

        login(new SignedInUser(gm, "gm.escalated", "Test gm.escalated", Role.EXECUTIVE, null, "{noop}x"));
        UI.getCurrent().navigate(EscalatedIssuesView.class);
        var grid = _get(EscalatedIssuesView.class).grid;
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).id()).isEqualTo(issue);
        assertThat(GridKt._get(grid, 0).accountName()).isEqualTo("Overdue Customer");
    }

    @Test
    void an_executive_who_manages_no_team_reads_why_nothing_comes_to_them() {
        login("not.a.gm", Role.EXECUTIVE);
        UI.getCurrent().navigate(EscalatedIssuesView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("empty-state"))
                        .getText())
                .contains("you manage no team");
    }
}
