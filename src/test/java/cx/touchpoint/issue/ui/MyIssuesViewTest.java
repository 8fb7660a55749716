package cx.touchpoint.issue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import cx.touchpoint.issue.IssueChangeService;
import cx.touchpoint.issue.IssueFixtures;
import cx.touchpoint.issue.IssueService;
import cx.touchpoint.security.Role;
import cx.touchpoint.survey.NewResponse;
import cx.touchpoint.survey.ResponseService;
import cx.touchpoint.testsupport.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MyIssuesViewTest extends KaribuTest {

    @Autowired
    ResponseService responses;

    @Autowired
    IssueService service;

    @Autowired
    IssueChangeService changes;

    @Test
    void a_specialist_without_assigned_issues_sees_an_empty_state() {
        login("idle.specialist", Role.SPECIALIST, "product_development");

        UI.getCurrent().navigate(MyIssuesView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("empty-state"))
                        .getText())
                .startsWith("Nothing is assigned to you.");
    }

    @Test
    void a_specialist_sees_the_issues_assigned_to_them_and_the_metrics_page_counts_them() {
        var fixtures = new IssueFixtures(data);
        long template = data.relationshipTemplate("My issues test");
        long account = fixtures.account("Battery Buyer");
        // the battery comment is routed on its own, to product development
        long issue = responses
                .record(new NewResponse(
                        template,
                        account,
                        null,
                        null,
                        null,
                        null,
                        NewResponse.Channel.API,
                        2,
                        "The battery is dead",
                        null,
                        List.of(new NewResponse.Answer(data.itemId(template, "competence"), 6, 1))))
                .issueIds()
                .get(1);
        var specialist = login("busy.specialist", Role.SPECIALIST, "product_development");
        changes.assign(issue, service.detail(issue).orElseThrow().version(), specialist.id());

        UI.getCurrent().navigate(MyIssuesView.class);
        var grid = _get(MyIssuesView.class).grid;

        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).accountName()).isEqualTo("Battery Buyer");
        assertThat(GridKt._get(grid, 0).teamName()).isEqualTo("Product development");

        UI.getCurrent().navigate(TeamMetricsView.class);
        var metrics = _get(TeamMetricsView.class).grid;
        var productDevelopment = GridKt._findAll(metrics).stream()
                .filter(m -> m.team().equals("Product development"))
                .findFirst()
                .orElseThrow();
        assertThat(productDevelopment.openIssues()).isEqualTo(1);
    }
}
