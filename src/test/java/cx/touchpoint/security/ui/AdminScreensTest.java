package cx.touchpoint.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import cx.touchpoint.base.Option;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.issue.routing.RoutingRule;
import cx.touchpoint.issue.routing.RoutingService;
import cx.touchpoint.security.AdminAuditEntry;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue #23 §6 Admin: routing-rule changes in the audit log, the team-lead picker, grids that say why empty. */
class AdminScreensTest extends KaribuTest {

    @Autowired
    RoutingService routing;

    @Test
    void a_routing_rule_an_admin_creates_is_in_the_audit_log_under_routing() {
        login("audit.view.admin", Role.ADMIN);
        String name = "Damaged parcels " + System.nanoTime();
        routing.saveRoutingRule(new RoutingRule(
                null,
                routing.newRoutingRule().position(),
                name,
                null,
                null,
                null,
                null,
                null,
                List.of("damaged"),
                data.teamId("logistics"),
                null,
                true,
                0));

        UI.getCurrent().navigate("admin/audit");

        @SuppressWarnings("unchecked")
        Grid<AdminAuditEntry> grid = _get(Grid.class, spec -> spec.withId("audit"));
        var newest = GridKt._get(grid, 0);
        assertThat(newest.subjectName()).isEqualTo("Routing rule \"" + name + "\"");
        assertThat(newest.action()).isEqualTo("rule created");
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Routing", "audit.view.admin");
        assertThat(String.join(" | ", GridKt._getFormattedRow(grid, 0))).contains("keywords damaged → Logistics");
        assertThat(grid.getEmptyStateComponent()).isInstanceOf(EmptyState.class);
        assertThat(((EmptyState) grid.getEmptyStateComponent()).getText()).startsWith("No administrative change yet.");
    }

    @Test
    void the_team_lead_picker_offers_only_team_leads_and_says_how_to_make_one() {
        login("teams.view.admin", Role.ADMIN);
        data.user("picker.lead", Role.TEAM_LEAD);
        data.user("picker.specialist", Role.SPECIALIST);
        UI.getCurrent().navigate("admin/teams");

        _click(_get(Button.class, spec -> spec.withId("new-team")));

        @SuppressWarnings("unchecked")
        ComboBox<Option> lead = _get(ComboBox.class, spec -> spec.withId("team-lead"));
        List<String> offered = ComboBoxKt.getSuggestions(lead);
        assertThat(offered).anyMatch(label -> label.contains("(picker.lead)"));
        assertThat(offered).noneMatch(label -> label.contains("(picker.specialist)"));
        assertThat(offered).noneMatch(label -> label.contains("(teams.view.admin)"));
        assertThat(lead.getHelperText()).contains("role Team lead").contains("Users");
        @SuppressWarnings("unchecked")
        ComboBox<Option> manager = _get(ComboBox.class, spec -> spec.withId("team-manager"));
        assertThat(ComboBoxKt.getSuggestions(manager)).hasSizeGreaterThan(offered.size());
    }
}
