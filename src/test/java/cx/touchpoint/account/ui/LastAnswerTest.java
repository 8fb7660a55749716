package cx.touchpoint.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue #23 §4: the account's last answer says it is one answer, so it may differ in sign from the 12-month NPS. */
class LastAnswerTest {

    @Test
    void the_last_answer_is_named_promoter_passive_or_detractor_and_told_apart_from_the_nps() {
        assertThat(AccountDetailView.lastAnswer(3))
                .isEqualTo("3 / 10 (a detractor); one answer, not the NPS of all answers over 12 months");
        assertThat(AccountDetailView.lastAnswer(8)).startsWith("8 / 10 (a passive)");
        assertThat(AccountDetailView.lastAnswer(9)).startsWith("9 / 10 (a promoter)");
        assertThat(AccountDetailView.lastAnswer(null)).isEqualTo("no data");
    }
}
