package cx.touchpoint.account;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Creates and updates accounts and contacts by their external keys (external id, email). */
@Repository
class AccountWrites {

    /** An account as stored: its id, its account executive and external id. */
    record Stored(long id, long accountExecutiveId, String externalId) {}

    /** The resolved row to write. */
    record Row(
            String externalId,
            String name,
            long verticalMarketId,
            long locationId,
            long servicePlatformId,
            long accountExecutiveId,
            BigDecimal revenue,
            BigDecimal potentialRevenue,
            String status,
            LocalDate defectedOn) {}

    private final JdbcClient jdbc;

    AccountWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    AccountReferences references() {
        return new AccountReferences(
                names("select lower(name), id from vertical_market"),
                names(
                        """
                        select lower(country), id from location union all
                        select lower(region || '/' || country), id from location
                        """),
                names("select lower(name), id from service_platform"),
                names("select lower(username), id from user_directory where role = 'ACCOUNT_EXECUTIVE' and enabled"));
    }

    Optional<Stored> byExternalId(String externalId) {
        return jdbc.sql("select id, account_executive_id, external_id from account where external_id = :e")
                .param("e", externalId)
                .query(Stored.class)
                .optional();
    }

    /** The external id of another account with this name, if one has it. */
    Optional<String> nameTakenBy(String name, String externalId) {
        return jdbc.sql("select external_id from account where lower(name) = lower(:n) and external_id <> :e")
                .param("n", name)
                .param("e", externalId)
                .query(String.class)
                .optional();
    }

    /**
     * Inserts the account or updates the one with its external id; returns whether anything changed
     * (an identical row is left alone, so a re-import changes nothing).
     */
    boolean upsert(Row row, LocalDate today) {
        return jdbc.sql(
                                """
                insert into account (external_id, name, vertical_market_id, location_id, service_platform_id,
                account_executive_id, annual_revenue, potential_revenue, status, defected_on, customer_since)
                values (:e, :n, :v, :l, :p, :ae, :rev, :pot, :s, :d, :since)
                on conflict (external_id) do update set name = excluded.name,
                vertical_market_id = excluded.vertical_market_id, location_id = excluded.location_id,
                service_platform_id = excluded.service_platform_id,
                account_executive_id = excluded.account_executive_id,
                annual_revenue = excluded.annual_revenue, potential_revenue = excluded.potential_revenue,
                status = excluded.status, defected_on = excluded.defected_on,
                version = account.version + 1
                where (account.name, account.vertical_market_id, account.location_id,
                account.service_platform_id, account.account_executive_id, account.annual_revenue,
                account.potential_revenue, account.status, account.defected_on) is distinct from
                (excluded.name, excluded.vertical_market_id, excluded.location_id,
                excluded.service_platform_id, excluded.account_executive_id, excluded.annual_revenue,
                excluded.potential_revenue, excluded.status, excluded.defected_on)
                """)
                        .param("e", row.externalId())
                        .param("n", row.name())
                        .param("v", row.verticalMarketId())
                        .param("l", row.locationId())
                        .param("p", row.servicePlatformId())
                        .param("ae", row.accountExecutiveId())
                        .param("rev", row.revenue())
                        .param("pot", row.potentialRevenue())
                        .param("s", row.status())
                        .param("d", row.defectedOn() == null ? null : Date.valueOf(row.defectedOn()))
                        .param(
                                "since",
                                Date.valueOf(
                                        row.defectedOn() != null
                                                        && row.defectedOn().isBefore(today)
                                                ? row.defectedOn()
                                                : today))
                        .update()
                > 0;
    }

    /** The account id the contact with this email belongs to, if there is one. */
    Optional<String> contactAccount(String email) {
        return jdbc.sql(
                        """
                select a.external_id from contact c join account a on a.id = c.account_id
                where lower(c.email) = lower(:e)
                """)
                .param("e", email)
                .query(String.class)
                .optional();
    }

    /** Inserts or updates the contact with this email; returns whether anything changed. */
    boolean upsertContact(long accountId, ContactInput contact) {
        return jdbc.sql(
                                """
                insert into contact (account_id, full_name, job_title, email) values (:a, :n, :r, :e)
                on conflict (email) do update set full_name = excluded.full_name,
                job_title = excluded.job_title, version = contact.version + 1
                where contact.account_id = excluded.account_id and (contact.full_name, contact.job_title)
                is distinct from (excluded.full_name, excluded.job_title)
                """)
                        .param("a", accountId)
                        .param("n", contact.name())
                        .param("r", contact.role())
                        .param("e", contact.email())
                        .update()
                > 0;
    }

    /** An account with its reference data by name, and its account executive's id (for the book rule). */
    record Read(AccountInput account, long accountExecutiveId) {}

    private static final String READ =
            """
                    select a.external_id, a.name, v.name as vertical, l.country, p.name as platform,
                    u.username, a.annual_revenue, a.potential_revenue, a.status, a.defected_on, a.account_executive_id
                    from account a join vertical_market v on v.id = a.vertical_market_id
                    join location l on l.id = a.location_id join service_platform p on p.id = a.service_platform_id
                    join user_directory u on u.id = a.account_executive_id
                    """;

    Optional<Read> read(String externalId) {
        return jdbc.sql(READ + " where a.external_id = :e")
                .param("e", externalId)
                .query((rs, n) -> new Read(account(rs), rs.getLong("account_executive_id")))
                .optional();
    }

    java.util.List<AccountInput> list(Long accountExecutiveId, int offset, int limit) {
        return jdbc.sql(READ + " where (cast(:ae as bigint) is null or a.account_executive_id = :ae)"
                        + " order by a.external_id offset :o limit :l")
                .param("ae", accountExecutiveId)
                .param("o", offset)
                .param("l", limit)
                .query((rs, n) -> account(rs))
                .list();
    }

    /** Accounts after the external id in external-id order (index account_external_id_uq, or V215's per book). */
    java.util.List<AccountInput> listAfter(Long accountExecutiveId, String after, int limit) {
        return jdbc.sql(READ + " where " + (accountExecutiveId == null ? "true" : "a.account_executive_id = :ae")
                        + (after == null ? "" : " and a.external_id > :after") + " order by a.external_id limit :l")
                .param("ae", accountExecutiveId)
                .param("after", after)
                .param("l", limit)
                .query((rs, n) -> account(rs))
                .list();
    }

    private static AccountInput account(java.sql.ResultSet rs) throws java.sql.SQLException {
        Date defected = rs.getDate("defected_on");
        return new AccountInput(
                rs.getString("external_id"),
                rs.getString("name"),
                rs.getString("vertical"),
                rs.getString("country"),
                rs.getString("platform"),
                rs.getString("username"),
                rs.getBigDecimal("annual_revenue"),
                rs.getBigDecimal("potential_revenue"),
                rs.getString("status"),
                defected == null ? null : defected.toLocalDate());
    }

    private Map<String, Long> names(String sql) {
        Map<String, Long> byName = new HashMap<>();
        jdbc.sql(sql).query(rs -> {
            byName.putIfAbsent(rs.getString(1).toLowerCase(Locale.ROOT), rs.getLong(2));
        });
        return byName;
    }
}
