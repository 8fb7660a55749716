package cx.touchpoint.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The survey's length as the mail and the answer page say it (issue 18 D21). */
class SurveyLengthTest {

    @Test
    void counts_the_questions_asked_and_three_a_minute_rounded_up() {
        assertThat(SurveyLength.of(6).text()).isEqualTo("6 questions, about 2 minutes");
        assertThat(SurveyLength.of(5).text()).isEqualTo("5 questions, about 2 minutes");
        assertThat(SurveyLength.of(3).text()).isEqualTo("3 questions, about 1 minute");
        assertThat(SurveyLength.of(1).text()).isEqualTo("1 question, about 1 minute");
        assertThat(SurveyLength.of(0).text()).isEqualTo("0 questions, about 1 minute");
        assertThat(SurveyLength.of(10).minutes()).isEqualTo(4);
        assertThatThrownBy(() -> SurveyLength.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_introduction_gets_the_counts_of_the_questions_kept() {
        String intro = "{questions} about working with us this quarter. It takes {minutes}.";
        assertThat(SurveyLength.of(5).fill(intro))
                .isEqualTo("5 questions about working with us this quarter. It takes 2 minutes.");
        assertThat(SurveyLength.of(1).fill(intro))
                .isEqualTo("1 question about working with us this quarter. It takes 1 minute.");
        assertThat(SurveyLength.of(4).fill("No counts here.")).isEqualTo("No counts here.");
    }

    @Test
    void a_count_written_as_a_number_is_found_so_the_template_editor_can_refuse_it() {
        assertThat(SurveyLength.literalCount("Six questions about working with us. It takes two minutes."))
                .isEqualTo("Six questions");
        assertThat(SurveyLength.literalCount("It only takes 2 minutes")).isEqualTo("2 minutes");
        assertThat(SurveyLength.literalCount("Three quick questions about what just happened."))
                .isEqualTo("Three quick questions");
        assertThat(SurveyLength.literalCount("A few questions, {minutes} at most"))
                .isEqualTo("A few questions");
        assertThat(SurveyLength.literalCount("{questions} about our service; it takes {minutes}."))
                .isEmpty();
        assertThat(SurveyLength.literalCount("Questions about delivery in 2026"))
                .isEmpty();
    }
}
