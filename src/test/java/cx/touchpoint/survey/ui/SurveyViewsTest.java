package cx.touchpoint.survey.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import cx.touchpoint.security.Role;
import cx.touchpoint.survey.PreparationDetail.ItemChoice;
import cx.touchpoint.survey.SurveyService;
import cx.touchpoint.testsupport.KaribuTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

class SurveyViewsTest extends KaribuTest {

    private static final Pattern LINK = Pattern.compile("/(respond|draft)/([A-Za-z0-9_-]{43})");

    @Autowired
    SurveyService surveys;

    cx.touchpoint.security.SignedInUser ae;
    long account;
    long contact;
    long template;

    @BeforeEach
    void setUp() {
        ae = login("ae.views", Role.ACCOUNT_EXECUTIVE);
        account = data.account("Views Co", ae.id(), new BigDecimal("5000"), new BigDecimal("9000"));
        contact = data.contact(account, "Vera Viewer");
        template = data.relationshipTemplate("Views relationship survey");
        long other = data.user("ae.views.other", Role.ACCOUNT_EXECUTIVE);
        data.account("Someone Else Co", other, BigDecimal.ONE, BigDecimal.ONE);
    }

    @Test
    void the_surveys_view_lists_only_the_own_book_with_readiness() {
        UI.getCurrent().navigate(SurveyView.class);
        var view = _get(SurveyView.class);

        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        var row = GridKt._get(view.grid, 0);
        assertThat(row.account()).isEqualTo("Views Co");
        assertThat(row.eligibleContacts()).isEqualTo(1);
        assertThat(row.invitationsLeft()).isEqualTo(3);
    }

    @Test
    void preparing_then_sharing_shows_the_draft_link_and_the_outbox_holds_the_mail() {
        UI.getCurrent().navigate(SurveyView.class);
        new PrepareDialog(surveys, account).open();
        _setValue(
                _get(CheckboxGroup.class, spec -> spec.withId("prepare-contacts")),
                java.util.Set.copyOf(surveys.contactChoices(account, template).stream()
                        .filter(c -> c.id() == contact)
                        .toList()));
        var templateBox =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("prepare-template"));
        @SuppressWarnings("unchecked")
        var templates = (com.vaadin.flow.component.combobox.ComboBox<cx.touchpoint.base.Option>) templateBox;
        _setValue(
                templates,
                templates
                        .getListDataView()
                        .getItems()
                        .filter(o -> o.id() == template)
                        .findFirst()
                        .orElseThrow());
        _setValue(
                _get(CheckboxGroup.class, spec -> spec.withId("prepare-contacts")),
                java.util.Set.copyOf(surveys.contactChoices(account, template)));
        _click(_get(Button.class, spec -> spec.withId("prepare-submit")));

        var view = _get(PreparationView.class);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("preparation-status"))
                        .getText())
                .isEqualTo("Draft");
        _click(_get(Button.class, spec -> spec.withId("preparation-share")));
        var link = _get(TextField.class, spec -> spec.withId("draft-link"));
        assertThat(link.isVisible()).isTrue();
        assertThat(link.getValue()).containsPattern(LINK);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("preparation-status"))
                        .getText())
                .isEqualTo("Shared with the customer");
        assertThat(view).isNotNull();

        UI.getCurrent().navigate(OutboxView.class);
        var outbox = _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("outbox-grid"));
        assertThat(GridKt._size(outbox)).isEqualTo(1);
    }

    @Test
    void the_customer_deselects_a_question_approves_and_then_answers_once() {
        long prepared = surveys.prepare(account, template, null, List.of(contact), contact);
        String draftToken = token(surveys.share(prepared));
        SecurityContextHolder.clearContext();

        UI.getCurrent().navigate("draft/" + draftToken);
        @SuppressWarnings("unchecked")
        CheckboxGroup<ItemChoice> items = _get(CheckboxGroup.class, spec -> spec.withId("draft-items"));
        var first = items.getValue().stream()
                .min(java.util.Comparator.comparingInt(ItemChoice::position))
                .orElseThrow();
        var kept = new java.util.HashSet<>(items.getValue());
        kept.remove(first);
        _setValue(items, kept);
        _setValue(_get(TextArea.class, spec -> spec.withId("draft-note")), "We are new, skip the first one.");
        _click(_get(Button.class, spec -> spec.withId("draft-approve")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("draft-done")).getText())
                .contains("approved");

        login("ae.views2", Role.ACCOUNT_EXECUTIVE);
        var ae = data.jdbc()
                .sql("select account_executive_id from account where id = " + account)
                .query(Long.class)
                .single();
        login(new cx.touchpoint.security.SignedInUser(
                ae, "ae.views", "Test ae.views", Role.ACCOUNT_EXECUTIVE, null, "x"));
        assertThat(surveys.send(prepared).sent()).isEqualTo(1);
        String body = data.jdbc()
                .sql("select text_body from outbox_mail where kind = 'INVITATION' and preparation_id = " + prepared)
                .query(String.class)
                .single();
        var m = LINK.matcher(body);
        assertThat(m.find()).isTrue();
        String token = m.group(2);
        SecurityContextHolder.clearContext();

        UI.getCurrent().navigate("respond/" + token);
        assertThat(_find(H2.class).stream().map(H2::getText).toList())
                .hasSize(5)
                .noneMatch(t -> t.contains(first.question()));
        for (var item : itemIdsExcept(first.itemId())) {
            _setValue(radio("expected-" + item), 6);
            _setValue(radio("experienced-" + item), 3);
        }
        _setValue(radio("nps"), 5);
        _setValue(_get(TextArea.class, spec -> spec.withId("comment")), "Late again.");
        assertThat(_get(TextArea.class, spec -> spec.withId("comment")).getHelperText())
                .isEqualTo("11 / 4000 characters");
        _click(_get(Button.class, spec -> spec.withId("respond-submit")));
        assertThat(_find(Div.class, spec -> spec.withId("respond-thanks"))).hasSize(1);
        assertThat(data.jdbc()
                        .sql("select count(*) from response_answer a join survey_response r on r.id = a.response_id"
                                + " where r.contact_id = " + contact)
                        .query(Long.class)
                        .single())
                .isEqualTo(5);

        UI.getCurrent().navigate("respond/" + token);
        assertThat(_find(Div.class, spec -> spec.withId("link-used"))).hasSize(1);
        UI.getCurrent().navigate("respond/not-a-token");
        assertThat(_find(Div.class, spec -> spec.withId("link-unknown"))).hasSize(1);
        assertThat(_get(Div.class, spec -> spec.withId("link-unknown"))
                        .getElement()
                        .getText())
                .doesNotContain("Views Co");
    }

    @Test
    void the_wave_page_shows_invited_responded_and_who_has_not_answered() {
        long wave = data.jdbc()
                .sql("insert into survey_wave (template_id, name, opens_on, closes_on, status) values (:t,"
                        + " 'Views wave 2026 Q2', date '2026-04-01', date '2026-06-30', 'OPEN') returning id")
                .param("t", template)
                .query(Long.class)
                .single();
        long second = data.contact(account, "Walter Waiting");
        long prepared = surveys.prepare(account, template, wave, List.of(contact, second), contact);
        surveys.send(prepared);

        UI.getCurrent().navigate(WavesView.class);
        var view = _get(WavesView.class);

        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        var row = GridKt._get(view.grid, 0);
        assertThat(row.invited()).isEqualTo(2);
        assertThat(row.responded()).isZero();
        assertThat(row.notAnswered()).containsExactly("Vera Viewer", "Walter Waiting");
    }

    @Test
    void an_item_linked_to_a_service_standard_also_asks_the_value_in_its_unit() {
        long standard = data.jdbc()
                .sql("insert into service_standard (code, name, cue_id, unit, direction, target_value) values"
                        + " ('views_first_reply', 'Views first reply', (select id from perception_cue where code ="
                        + " 'responsiveness'), 'h', 'LOWER_IS_BETTER', 4) returning id")
                .query(Long.class)
                .single();
        long linked = data.itemId(template, "responsiveness");
        data.jdbc()
                .sql("update survey_item set standard_id = :s where id = :i")
                .param("s", standard)
                .param("i", linked)
                .update();
        long prepared = surveys.prepare(account, template, null, List.of(contact), contact);
        assertThat(surveys.send(prepared).sent()).isEqualTo(1);
        String token = token(data.jdbc()
                .sql("select text_body from outbox_mail where kind = 'INVITATION' and preparation_id = " + prepared)
                .query(String.class)
                .single());
        SecurityContextHolder.clearContext();

        UI.getCurrent().navigate("respond/" + token);
        var expectedValue = _get(BigDecimalField.class, spec -> spec.withId("expected-value-" + linked));
        var perceivedValue = _get(BigDecimalField.class, spec -> spec.withId("perceived-value-" + linked));
        assertThat(expectedValue.getLabel()).isEqualTo("Expected, in h");
        assertThat(perceivedValue.getLabel()).isEqualTo("Experienced, in h");
        assertThat(_find(BigDecimalField.class)).hasSize(2);
        _setValue(radio("expected-" + linked), 6);
        _setValue(radio("experienced-" + linked), 2);
        _setValue(expectedValue, new BigDecimal("2"));
        _setValue(perceivedValue, new BigDecimal("-1"));
        _click(_get(Button.class, spec -> spec.withId("respond-submit")));
        assertThat(_get(Div.class, spec -> spec.withId("respond-error")).getText())
                .contains("the experienced value of item #" + linked + " cannot be negative");
        assertThat(data.jdbc()
                        .sql("select count(*) from survey_response where contact_id = " + contact)
                        .query(Long.class)
                        .single())
                .isZero();

        _setValue(perceivedValue, new BigDecimal("30"));
        _click(_get(Button.class, spec -> spec.withId("respond-submit")));
        assertThat(_find(Div.class, spec -> spec.withId("respond-thanks"))).hasSize(1);
        assertThat(data.jdbc()
                        .sql("select a.expected_value::text || ' / ' || a.perceived_value::text from response_answer a"
                                + " join survey_response r on r.id = a.response_id where r.contact_id = :c"
                                + " and a.item_id = :i")
                        .param("c", contact)
                        .param("i", linked)
                        .query(String.class)
                        .single())
                .isEqualTo("2.0000 / 30.0000");
    }

    @Test
    void a_response_rate_is_rounded_once_by_the_one_rule() {
        assertThat(WavesView.percent(2.0 / 3)).isEqualTo("66.7 %");
        assertThat(WavesView.percent(0.5)).isEqualTo("50.0 %");
        assertThat(WavesView.percent(null)).isEqualTo("no data");
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Integer> radio(String id) {
        return _get(RadioButtonGroup.class, spec -> spec.withId(id));
    }

    private List<Long> itemIdsExcept(long itemId) {
        return data.jdbc()
                .sql("select id from survey_item where template_id = :t and id <> :i order by position")
                .param("t", template)
                .param("i", itemId)
                .query(Long.class)
                .list();
    }

    private static String token(String link) {
        var m = LINK.matcher(link);
        assertThat(m.find()).isTrue();
        return m.group(2);
    }
}
