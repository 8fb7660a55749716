package cx.touchpoint.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "😀", // a surrogate pair
                "👍🏿", // thumbs up with a skin-tone modifier
                "👩🏽‍💻", // woman technologist: modifier and zero-width joiner
                "👨‍👩‍👧‍👦", // a family of four joined by ZWJ
                "🇩🇪", // a flag: two regional indicators
                "e\u0301" // e with a combining acute accent
            })
    void a_cut_never_falls_inside_a_character(String character) {
        String start = "x".repeat(78);
        String text = start + character + " and the rest of a long complaint";

        String shortened = Text.shorten(text, 80);

        // the character does not fit before the ellipsis: it goes whole, never in half
        assertThat(shortened).isEqualTo(start + "…");
        assertThat(Text.shorten(start + character + " more", 78 + character.length() + 1))
                .isEqualTo(start + character + "…");
    }

    @Test
    void short_text_is_kept_and_the_result_never_exceeds_the_limit() {
        assertThat(Text.shorten("Fine", 80)).isEqualTo("Fine");
        assertThat(Text.shorten(null, 80)).isEmpty();
        assertThat(Text.shorten("Late delivery again", 10)).isEqualTo("Late deli…");
        assertThat(Text.shorten("Late      delivery", 10)).isEqualTo("Late…");
        assertThat(Text.shorten("👨‍👩‍👧‍👦👨‍👩‍👧‍👦", 5)).isEqualTo("…");
        assertThatThrownBy(() -> Text.shorten("x", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
