package cx.touchpoint.issue.routing;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.issue.IssueFixtures;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue #23 §6: every routing-rule change — create, edit, reorder, delete — is in the admin audit log. */
@DatabaseTest
class RoutingRuleAuditTest {

    @Autowired
    RoutingService routing;

    @Autowired
    TestData data;

    record AuditRow(String actorName, String subject, String subjectName, String action, String before, String after) {}

    @BeforeEach
    void signIn() {
        data.signIn("audit.routing.admin", Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        IssueFixtures.signOut();
    }

    @Test
    void creating_editing_moving_and_deleting_a_rule_each_leave_an_audit_row_with_before_and_after() {
        String name = "Invoices to finance " + System.nanoTime();
        long id = routing.saveRoutingRule(rule(null, name, List.of("invoice"), 0));

        var created = rows(name);
        assertThat(created).hasSize(1);
        assertThat(created.get(0).actorName()).isEqualTo("audit.routing.admin");
        assertThat(created.get(0).subject()).isEqualTo("ROUTING");
        assertThat(created.get(0).action()).isEqualTo("rule created");
        assertThat(created.get(0).before()).isNull();
        assertThat(created.get(0).after())
                .contains("keywords invoice")
                .contains("→ Finance")
                .endsWith("on");

        RoutingRule saved = routing.routingRule(id).orElseThrow();
        routing.saveRoutingRule(rule(id, name, List.of("invoice", "billing"), saved.version(), saved.position()));
        var edited = rows(name).get(1);
        assertThat(edited.action()).isEqualTo("rule edited");
        assertThat(edited.before()).contains("keywords invoice →");
        assertThat(edited.after()).contains("keywords invoice, billing →");

        routing.moveRoutingRule(id, -1);
        var moved = rows(name).get(2);
        assertThat(moved.action()).isEqualTo("rule moved up");
        assertThat(moved.before()).startsWith("position " + saved.position());

        RoutingRule latest = routing.routingRule(id).orElseThrow();
        routing.deleteRoutingRule(id, latest.version());
        var deleted = rows(name).get(3);
        assertThat(deleted.action()).isEqualTo("rule deleted");
        assertThat(deleted.before()).contains("keywords invoice, billing");
        assertThat(deleted.after()).isNull();
    }

    @Test
    void a_change_of_the_complaint_keywords_is_audited_and_saving_the_same_list_again_is_not() {
        routing.saveComplaintKeywords(List.of("refund", "broken"));
        int before = rows("Complaint keywords").size();

        routing.saveComplaintKeywords(List.of("refund", "broken", "cancel*"));
        routing.saveComplaintKeywords(List.of("cancel*", "broken", "refund"));

        var rows = rows("Complaint keywords");
        assertThat(rows).hasSize(before + 1);
        assertThat(rows.get(rows.size() - 1).before()).isEqualTo("broken, refund");
        assertThat(rows.get(rows.size() - 1).after()).isEqualTo("broken, cancel*, refund");
    }

    private List<AuditRow> rows(String subjectName) {
        return data.jdbc()
                .sql("select actor_name, subject, subject_name, action, before, after from admin_audit"
                        + " where subject_name like '%' || :n || '%' order by id")
                .param("n", subjectName)
                .query(AuditRow.class)
                .list();
    }

    private RoutingRule rule(Long id, String name, List<String> keywords, int version) {
        return rule(id, name, keywords, version, routing.newRoutingRule().position());
    }

    private RoutingRule rule(Long id, String name, List<String> keywords, int version, int position) {
        return new RoutingRule(
                id,
                position,
                name,
                null,
                null,
                null,
                null,
                null,
                keywords,
                data.teamId("finance"),
                null,
                true,
                version);
    }
}
