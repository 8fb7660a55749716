package cx.touchpoint.theme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void germanCommentsAreRecognisedAndNamed() {
        assertThat(Languages.detect("Die Akkus der Scanner halten keine Schicht durch."))
                .isEqualTo("de");
        assertThat(Languages.detect("Sehr zufrieden mit unserem Kundenbetreuer."))
                .isEqualTo("de");
        assertThat(Languages.name("de")).isEqualTo("German");
    }

    @Test
    void englishAndShortCommentsAreEnglish() {
        assertThat(Languages.detect("The handhelds die before lunch.")).isEqualTo("en");
        assertThat(Languages.detect("Great service!")).isEqualTo("en");
    }

    @Test
    void htmlIsReducedToItsWordsAndEmojiHaveNone() {
        assertThat(CommentText.analysable("<p>Late <b>again</b></p>")).isEqualTo("Late again");
        assertThat(CommentText.hasWords("👍👍 !!!")).isFalse();
        assertThat(CommentText.hasWords("ok 👍")).isTrue();
    }
}
