package cx.touchpoint.survey.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import cx.touchpoint.security.Role;
import cx.touchpoint.survey.SurveyService;
import cx.touchpoint.testsupport.KaribuTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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
    void send_now_before_the_customer_approved_asks_first_and_says_so_and_sends_only_when_confirmed() {
        long prepared = surveys.prepare(account, template, null, List.of(contact), contact);
        surveys.share(prepared);
        UI.getCurrent().navigate("surveys/prepared/" + prepared);

        _click(_get(Button.class, spec -> spec.withId("preparation-send")));

        var confirm = _get(ConfirmDialog.class, spec -> spec.withId("preparation-send-confirm"));
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Send without the customer's approval?");
        assertThat(confirm.getElement().getProperty("message"))
                .contains("Vera Viewer has not approved the draft (shared with the customer)");
        assertThat(confirm.getElement().getProperty("confirmText")).isEqualTo("Send without approval");
        assertThat(invitations()).isZero();

        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(invitations()).isEqualTo(1);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("preparation-message"))
                        .getText())
                .isEqualTo("1 invitation sent.");
    }

    private long invitations() {
        return data.jdbc()
                .sql(
                        "select count(*) from survey_invitation i join contact c on c.id = i.contact_id where c.account_id = :a")
                .param("a", account)
                .query(Long.class)
                .single();
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
    void a_response_rate_is_rounded_once_by_the_one_rule() {
        assertThat(WavesView.percent(2.0 / 3)).isEqualTo("66.7 %");
        assertThat(WavesView.percent(0.5)).isEqualTo("50.0 %");
        assertThat(WavesView.percent(null)).isEqualTo("no data");
    }
}
