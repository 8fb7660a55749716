package cx.touchpoint.issue.routing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

class RoutingRulesViewTest extends KaribuTest {

    RoutingRulesView open() {
        UI.getCurrent().navigate(RoutingRulesView.class);
        return _get(RoutingRulesView.class);
    }

    @Test
    void the_list_shows_the_default_rules_in_order_with_their_conditions() {
        login("rules.lead", Role.TEAM_LEAD, "customer_service");
        var view = open();

        assertThat(GridKt._size(view.grid)).isEqualTo(8);
        assertThat(GridKt._get(view.grid, 0).name()).isEqualTo("Product defects go to product development");
        assertThat(GridKt._get(view.grid, 0).conditions()).startsWith("keywords defect*, battery");
        assertThat(GridKt._get(view.grid, 7).conditions()).isEqualTo("any issue");
        assertThat(_find(Button.class, spec -> spec.withId("new-rule"))).isEmpty();
        var keywords = _get(TextArea.class, spec -> spec.withId("complaint-keywords"));
        assertThat(keywords.isReadOnly()).isTrue();
        assertThat(keywords.getValue()).contains("battery", "overcharg*");
        assertThat(_find(Button.class, spec -> spec.withId("save-complaint-keywords")))
                .isEmpty();
    }

    @Test
    void an_admin_tests_a_new_rule_on_sample_text_then_saves_it() {
        login("rules.admin", Role.ADMIN);
        var view = open();
        _click(_get(Button.class, spec -> spec.withId("new-rule")));
        var form = _get(RoutingRuleForm.class);
        _setValue(_get(TextField.class, spec -> spec.withId("rule-name")), "Warranty claims to product development");
        _setValue(_get(TextField.class, spec -> spec.withId("rule-keywords")), "warranty, RMA");
        _setValue(
                form.team,
                form.team
                        .getListDataView()
                        .getItems()
                        .filter(o -> o.name().equals("Product development"))
                        .findFirst()
                        .orElseThrow());
        _setValue(_get(TextArea.class, spec -> spec.withId("rule-sample")), "Our warranty claim was ignored");

        _click(_get(Button.class, spec -> spec.withId("rule-test")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("rule-test-result"))
                        .getText())
                // the tester first says what the comment analysis sees (theme, sentiment)
                .startsWith("The analysis sees: ")
                .contains(
                        "Matches (keyword \"warranty\" found): this rule would route the sample to Product development.")
                .contains("With the saved rules the sample goes to Customer service");

        _click(_get(Button.class, spec -> spec.withId("rule-save")));
        assertThat(GridKt._size(view.grid)).isEqualTo(9);
        assertThat(GridKt._get(view.grid, 7).name()).isEqualTo("Warranty claims to product development");
        assertThat(GridKt._get(view.grid, 7).conditions()).isEqualTo("keywords warranty, rma");
    }

    @Test
    void a_rule_without_a_team_is_not_saved_and_says_why() {
        login("rules.admin2", Role.ADMIN);
        var view = open();
        _click(_get(Button.class, spec -> spec.withId("new-rule")));
        _setValue(_get(TextField.class, spec -> spec.withId("rule-name")), "Nowhere");

        _click(_get(Button.class, spec -> spec.withId("rule-save")));

        var team = _get(ComboBox.class, spec -> spec.withId("rule-team"));
        assertThat(team.isInvalid()).isTrue();
        assertThat(team.getErrorMessage()).isEqualTo("Owner team: choose the team the rule routes to.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("rule-error")).getText())
                .isEmpty();
        assertThat(GridKt._size(view.grid)).isEqualTo(8);
    }

    @Test
    void every_problem_shows_beside_its_field_at_once() {
        login("rules.admin4", Role.ADMIN);
        var view = open();
        _click(_get(Button.class, spec -> spec.withId("new-rule")));
        _setValue(_get(TextField.class, spec -> spec.withId("rule-name")), "x");
        _setValue(_get(TextField.class, spec -> spec.withId("rule-keywords")), "a, battery");

        _click(_get(Button.class, spec -> spec.withId("rule-save")));

        var name = _get(TextField.class, spec -> spec.withId("rule-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Name: 2 to 100 characters.");
        var keywords = _get(TextField.class, spec -> spec.withId("rule-keywords"));
        assertThat(keywords.getErrorMessage()).isEqualTo("Keywords: each 2 to 60 characters.");
        assertThat(_get(ComboBox.class, spec -> spec.withId("rule-team")).isInvalid())
                .isTrue();
        assertThat(GridKt._size(view.grid)).isEqualTo(8);
    }

    @Test
    void an_admin_moves_a_rule_up_and_the_order_changes() {
        login("rules.admin3", Role.ADMIN);
        var view = open();

        view.move(GridKt._get(view.grid, 2), -1);

        assertThat(GridKt._get(view.grid, 1).name()).isEqualTo("Delivery and orders go to logistics");
        assertThat(GridKt._get(view.grid, 1).position()).isEqualTo(2);
        assertThat(GridKt._get(view.grid, 2).name()).isEqualTo("Invoices and payments go to finance");
        assertThat(GridKt._get(view.grid, 2).position()).isEqualTo(3);
    }
}
