package cx.touchpoint.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures are "the database cannot be reached" (shown as such), whatever wraps them. */
class DatabaseFailuresTest {

    @Test
    void a_refused_connection_in_any_wrapping_is_the_database_being_down() {
        var refused = new CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection",
                new SQLException("Connection refused", "08001", new ConnectException()));
        assertThat(DatabaseFailures.unreachable(new RuntimeException("listener failed", refused)))
                .isTrue();
        assertThat(DatabaseFailures.unreachable(
                        new CannotCreateTransactionException("no connection", new SQLException("gone", "08006"))))
                .isTrue();
    }

    @Test
    void a_constraint_or_a_refusal_is_not_the_database_being_down() {
        assertThat(DatabaseFailures.unreachable(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseFailures.unreachable(new AccessDeniedException("no")))
                .isFalse();
        assertThat(DatabaseFailures.MESSAGE).contains("your change was not saved");
    }
}
