package cx.touchpoint.theme.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import cx.touchpoint.review.ui.ReviewViewAccess;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.KaribuTest;
import cx.touchpoint.theme.Sentiment;
import cx.touchpoint.theme.ThemeService;
import cx.touchpoint.theme.ThemeTestJobs;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ThemesViewTest extends KaribuTest {

    @Autowired
    ThemeService themes;

    @BeforeEach
    void comments() {
        // only this test's comments (rolled back with it), whatever other tests committed to the run's schema
        data.jdbc().sql("delete from comment_analysis").update();
        long ae = data.user("themes.view.ae" + System.nanoTime(), Role.ACCOUNT_EXECUTIVE);
        long template = data.relationshipTemplate("Themes view " + System.nanoTime());
        long account =
                data.account("Themed Co " + System.nanoTime(), ae, new BigDecimal("100000"), new BigDecimal("100000"));
        ThemeTestJobs.fixtureThemes(context, data, template, account, Instant.now());
    }

    @Test
    void adminsSeeTheAnalysisThemesAndFindNewThemes() {
        login("themes.admin", Role.ADMIN);
        UI.getCurrent().navigate(ThemesView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withId("analysis-progress"))
                        .getText())
                .startsWith("50 comments: 50 analysed (")
                .endsWith("Languages analysed: English.");
        @SuppressWarnings("unchecked")
        Grid<cx.touchpoint.theme.ThemeSummary> grid = _get(Grid.class, spec -> spec.withId("themes-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(5);
        assertThat(_get(Button.class, spec -> spec.withId("find-themes")).isEnabled())
                .isTrue();
    }

    @Test
    void executivesReadThemesButDoNotManageThem() {
        login("themes.exec", Role.EXECUTIVE);
        UI.getCurrent().navigate(ThemesView.class);
        assertThat(_find(Button.class, spec -> spec.withId("find-themes"))).isEmpty();
    }

    @Test
    void anAdminRenamesAThemeOnItsPageWhichPinsIt() {
        login("theme.admin", Role.ADMIN);
        long id = themes.activeThemes().get(0).id();
        UI.getCurrent().navigate(ThemeView.class, id);
        _setValue(_get(TextField.class, spec -> spec.withId("theme-rename")), "Scanner battery life");
        _click(_get(Button.class, spec -> spec.withId("theme-rename-save")));

        assertThat(_get(H1.class, spec -> spec.withId("theme-name")).getText()).isEqualTo("Scanner battery life");
        assertThat(themes.theme(id).orElseThrow().pinned()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("theme-pin")).getText())
                .isEqualTo("Unpin");
        assertThat(_find(Div.class, spec -> spec.withClasses("verbatim-card"))).isNotEmpty();
    }

    @Test
    void theReviewSaysWhatCustomersSayAndFiltersVerbatimsBySentiment() {
        login("review.themes.exec", Role.EXECUTIVE);
        ReviewViewAccess.open();

        var section = _get(WhatCustomersSay.class);
        assertThat(section.getId()).contains("what-customers-say");
        @SuppressWarnings("unchecked")
        Grid<cx.touchpoint.theme.ThemeSummary> byVolume = _get(Grid.class, spec -> spec.withId("themes-by-volume"));
        assertThat(GridKt._size(byVolume)).isEqualTo(5);
        @SuppressWarnings("unchecked")
        Select<Sentiment> sentiment = _get(Select.class, spec -> spec.withId("review-theme-verbatims-sentiment"));
        _setValue(sentiment, Sentiment.POSITIVE);
        assertThat(_find(Span.class, spec -> spec.withClasses("comment-analysis")))
                .isNotEmpty()
                .allMatch(badge -> badge.getText().endsWith("Positive"));
    }
}
