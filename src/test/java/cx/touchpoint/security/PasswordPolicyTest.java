package cx.touchpoint.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cx.touchpoint.base.InvalidInput;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void twelve_characters_of_any_kind_are_enough_without_composition_rules() {
        assertThatCode(() -> policy.check("password", "plum orchard lantern", "erin"))
                .doesNotThrowAnyException();
        assertThatCode(() -> policy.check("password", "bluewhalesing", "erin")).doesNotThrowAnyException();
    }

    @Test
    void shorter_than_twelve_characters_is_refused_beside_the_field() {
        assertThatThrownBy(() -> policy.check("password", "Sh0rt!pass", "erin"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("At least 12 characters")
                .extracting(e -> ((InvalidInput) e).problems().get(0).field())
                .isEqualTo("password");
    }

    @Test
    void common_passwords_are_refused_whatever_their_case() {
        assertThatThrownBy(() -> policy.check("password", "Password1234", "erin"))
                .hasMessageContaining("most commonly used");
        assertThatThrownBy(() -> policy.check("password", "QWERTY123456", "erin"))
                .hasMessageContaining("most commonly used");
    }

    @Test
    void repeated_and_sequential_characters_count_as_common() {
        assertThatThrownBy(() -> policy.check("password", "aaaaaaaaaaaaaa", "erin"))
                .hasMessageContaining("most commonly used");
        assertThatThrownBy(() -> policy.check("password", "123456789012", "erin"))
                .hasMessageContaining("most commonly used");
    }

    @Test
    void the_username_and_the_product_name_are_refused() {
        assertThatThrownBy(() -> policy.check("password", "erin.ellis-rocks-2026", "erin.ellis"))
                .hasMessageContaining("username");
        assertThatThrownBy(() -> policy.check("password", "my touchpoint password", "erin"))
                .hasMessageContaining("product");
    }

    @Test
    void longer_than_bcrypt_reads_is_refused_instead_of_silently_cut() {
        assertThatThrownBy(() -> policy.check("password", "a sentence ".repeat(7), "erin"))
                .hasMessageContaining("At most 64");
        // 30 four-byte characters: 30 characters, but 120 bytes
        assertThat("😀".repeat(30).codePointCount(0, 60)).isEqualTo(30);
        assertThatThrownBy(() -> policy.check("password", "😀".repeat(30), "erin"))
                .hasMessageContaining("At most 64");
    }
}
