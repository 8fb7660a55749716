package cx.touchpoint.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeywordMatcherTest {

    @ParameterizedTest(name = "\"{1}\" contains \"{0}\": {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "late        | Please call me later                    | false",
                "late        | Great work on the latest release        | false",
                "late        | The delivery was LATE again.            | true",
                "late        | late                                    | true",
                "power       | Powerful reporting, we are very happy   | false",
                "power       | The power supply failed                 | true",
                "deliver*    | Deliveries keep arriving                | true",
                "deliver*    | We could not deliver                    | true",
                "deliver*    | Undelivered parcels                     | false",
                "never again | NEVER   again, honestly                 | true",
                "never again | never against it                        | false",
                "störung     | STÖRUNG seit Montag                     | true",
                "störung     | Störungsfrei seit Montag                | false",
                "störung*    | Störungsmeldung seit Montag             | true",
                "müller      | Herr MÜLLER rief an                     | true",
                "отказ       | ОТКАЗ оборудования                      | true",
                "отказ       | отказался                               | false",
                "σέρβις      | ΚΑΚΟ ΣΈΡΒΙΣ                             | true",
                "café        | Cafe au lait                            | false",
                "配送         | 配送が遅れました                          | true",
                "c++         | We use C++ daily                        | true",
            })
    void keywords_match_whole_words_in_any_case_and_a_star_asks_for_a_prefix(
            String keyword, String text, boolean expected) {
        assertThat(KeywordMatcher.matches(text, keyword)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"café | cafe\u0301 crème", "cafe\u0301 | Café crème"})
    void composed_and_decomposed_accents_are_the_same_letter(String keyword, String text) {
        assertThat(KeywordMatcher.matches(text, keyword)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "de*liver | Keyword \"de*liver\": * may only end a keyword, as in \"deliver*\".",
                "*        | Keyword \"*\": 2 to 60 characters.",
                "x        | Keyword \"x\": 2 to 60 characters.",
                "late *   | Keyword \"late *\": put * straight after a word, as in \"deliver*\".",
            })
    void a_malformed_keyword_is_named_with_its_problem(String keyword, String problem) {
        assertThat(KeywordMatcher.problem(keyword)).contains(problem);
    }

    @org.junit.jupiter.api.Test
    void the_first_keyword_in_list_order_wins_and_a_good_keyword_has_no_problem() {
        assertThat(KeywordMatcher.firstMatch("Invoices late again", List.of("late", "invoic*")))
                .contains("late");
        assertThat(KeywordMatcher.firstMatch(null, List.of("late"))).isEmpty();
        assertThat(KeywordMatcher.problem("  Deliver*  ")).isEmpty();
        assertThat(KeywordMatcher.normalise("  Never   AGAIN ")).isEqualTo("never again");
    }
}
