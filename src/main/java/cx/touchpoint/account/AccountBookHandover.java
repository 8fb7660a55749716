package cx.touchpoint.account;

import cx.touchpoint.security.AccountBooks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Security's user administration hands a book of accounts over through this; the account table stays ours. */
@Component
class AccountBookHandover implements AccountBooks {

    private final JdbcClient jdbc;

    AccountBookHandover(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int handOver(long fromUserId, long toUserId) {
        return jdbc.sql(
                        """
                update account set account_executive_id = :to, version = version + 1
                where account_executive_id = :from
                """)
                .param("to", toUserId)
                .param("from", fromUserId)
                .update();
    }
}
