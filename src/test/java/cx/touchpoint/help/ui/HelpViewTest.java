package cx.touchpoint.help.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.shared.Tooltip;
import cx.touchpoint.base.Term;
import cx.touchpoint.base.ui.TermHelp;
import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.KaribuTest;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue #23 §4: the glossary, for every role, with the same definitions as the "?" beside each term. */
class HelpViewTest extends KaribuTest {

    @ParameterizedTest
    @EnumSource(Role.class)
    void every_role_opens_the_help_page_and_reads_every_term_with_its_definition(Role role) {
        login("help." + role.name().toLowerCase(), role);

        UI.getCurrent().navigate("help");

        assertThat(_get(H1.class).getText()).isEqualTo("The words Touchpoint uses");
        assertThat(_find(H2.class).stream().map(H2::getText))
                .containsExactly(Arrays.stream(Term.Group.values())
                        .map(Term.Group::title)
                        .toArray(String[]::new));
        var terms = _find(DescriptionList.Term.class);
        var definitions = _find(DescriptionList.Description.class);
        assertThat(terms).hasSize(Term.values().length);
        for (Term term : Term.values()) {
            var shown = terms.stream()
                    .filter(t -> term.anchor().equals(t.getId().orElse(null)))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no entry for " + term));
            assertThat(shown.getText()).isEqualTo(term.label());
            assertThat(definitions.get(terms.indexOf(shown)).getText()).isEqualTo(term.definition());
        }
    }

    @ParameterizedTest
    @EnumSource(Term.class)
    void the_question_mark_beside_a_term_shows_the_help_pages_definition_and_opens_it_at_the_term(Term term) {
        var help = new TermHelp(term);

        assertThat(help.getHref()).isEqualTo("help#" + term.anchor());
        assertThat(help.definition()).isEqualTo(term.definition());
        assertThat(help.getElement().getTextRecursively()).isEqualTo("?What is " + term.label() + "?");
        // a Vaadin tooltip: shown on hover and on keyboard focus, and named by aria-describedby
        assertThat(Tooltip.forComponent(help).getText()).isEqualTo(term.definition());
    }
}
