package cx.touchpoint.gap.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import cx.touchpoint.gap.Direction;
import cx.touchpoint.gap.GapFixtures;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.KaribuTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ManagerEstimateViewTest extends KaribuTest {

    @Test
    void a_manager_answers_every_item_and_the_estimate_is_stored_for_today() {
        var fixtures = new GapFixtures(data.jdbc());
        long template = data.relationshipTemplate("Estimate view survey");
        long reliability = data.itemId(template, "reliability");
        fixtures.linkItem(
                reliability, fixtures.standard("on_time", "reliability", "%", Direction.HIGHER_IS_BETTER, "98"));
        var user = login("estimate.view.ae", Role.ACCOUNT_EXECUTIVE);
        UI.getCurrent().navigate("gaps/estimate");

        var rows = _find(EstimateRow.class);
        assertThat(rows).hasSize(6);
        rows.forEach(row -> HasValueUtilsKt._setValue(row.expectedField(), 6));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("save-estimate")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-error")).getText())
                .startsWith("Enter the value customers expect in %");
        assertThat(fixtures.count("manager_estimate")).isZero();

        NotificationsKt.clearNotifications();
        var linked = _get(EstimateRow.class, spec -> spec.withId("estimate-item-" + reliability));
        HasValueUtilsKt._setValue(linked.valueField(), new BigDecimal("99"));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("save-estimate")));

        NotificationsKt.expectNotifications("Saved your estimate of 13 May 2026.");
        assertThat(data.jdbc()
                        .sql("select count(*) from manager_estimate where user_id = :u and estimated_on = '2026-05-13'"
                                + " and estimated_expected = 6")
                        .param("u", user.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(6);
    }
}
