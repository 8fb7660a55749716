package cx.touchpoint.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;

/** What the login page says after a failed sign-in, from the exception Spring Security keeps. */
class SignInProblemTest {

    @Test
    void a_database_that_cannot_be_reached_is_named_instead_of_a_wrong_password() {
        var down = new InternalAuthenticationServiceException(
                "Failed to obtain JDBC Connection",
                new CannotGetJdbcConnectionException(
                        "Failed to obtain JDBC Connection", new SQLTransientConnectionException("Connection refused")));

        assertThat(SignInProblem.of(down)).isEqualTo(SignInProblem.DATABASE_DOWN);
        assertThat(SignInProblem.DATABASE_DOWN.title()).isEqualTo("Touchpoint cannot reach its database");
    }

    @Test
    void a_lock_is_named_and_everything_else_is_a_wrong_pair_without_saying_which_half() {
        assertThat(SignInProblem.of(new InternalAuthenticationServiceException("locked", new LockedException("x"))))
                .isEqualTo(SignInProblem.LOCKED);
        assertThat(SignInProblem.of(new BadCredentialsException("Bad credentials")))
                .isEqualTo(SignInProblem.WRONG_CREDENTIALS);
        assertThat(SignInProblem.of(null)).isEqualTo(SignInProblem.WRONG_CREDENTIALS);
    }
}
