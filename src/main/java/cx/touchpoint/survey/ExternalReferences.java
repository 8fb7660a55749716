package cx.touchpoint.survey;

import cx.touchpoint.security.CurrentUser;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one rule by which data from other systems names Touchpoint's records, for every channel (CSV import,
 * {@code POST /responses}, {@code POST /events}): an account by its external id (exact) and only within the
 * signed-in person's book, a contact by email (case-insensitive) among the account's contacts, a touch point
 * by its code or its name (case-insensitive).
 */
@Service
@Transactional(readOnly = true)
@Requires(Permission.UNRESTRICTED)
public class ExternalReferences {

    /** An account another system named: its id and its account executive's. */
    public record AccountRef(long id, long accountExecutiveId) {}

    /** A touch point another system named: its id and code (e.g. {@code delivery}). */
    public record TouchPointRef(long id, String code) {}

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    ExternalReferences(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** The account with this external id, if the signed-in person's book holds it (account executives: their own). */
    public Optional<AccountRef> account(String externalId) {
        if (externalId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id, account_executive_id from account_facts where external_id = :e")
                .param("e", externalId.strip())
                .query(AccountRef.class)
                .optional()
                .filter(a -> currentUser.seesBookOf(a.accountExecutiveId()));
    }

    /** The account's contact with this email, compared case-insensitively. */
    public Optional<Long> contact(String email, long accountId) {
        if (email == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id from contact_facts where lower(email) = lower(:e) and account_id = :a")
                .param("e", email.strip())
                .param("a", accountId)
                .query(Long.class)
                .optional();
    }

    /** The touch point with this code or name, case-insensitive ({@code delivery}, {@code Delivery}). */
    public Optional<TouchPointRef> touchPoint(String codeOrName) {
        if (codeOrName == null) {
            return Optional.empty();
        }
        return jdbc.sql(
                        """
                select id, code from touch_point where code = lower(:c) or lower(name) = lower(:c)
                order by (code = lower(:c)) desc, id limit 1
                """)
                .param("c", codeOrName.strip())
                .query(TouchPointRef.class)
                .optional();
    }
}
