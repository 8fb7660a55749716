package cx.touchpoint.insight;

import cx.touchpoint.base.AccountFilter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Promoters, passives and detractors of a scope and period, in PostgreSQL. */
@Repository
class NpsQueries {

    private static final String COUNTS = "coalesce(sum(m.promoters), 0) as promoters,"
            + " coalesce(sum(m.passives), 0) as passives, coalesce(sum(m.detractors), 0) as detractors";

    private final JdbcClient jdbc;

    NpsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whole months [fromMonth, toMonth) of the filtered accounts, from the response summary (V40). */
    NpsCounts months(AccountFilter filter, LocalDate fromMonth, LocalDate toMonth) {
        return jdbc.sql("select " + COUNTS + " from response_month m" + " where m.month >= :from and m.month < :to and "
                        + monthCondition())
                .param("from", fromMonth)
                .param("to", toMonth)
                .params(filter.parameters())
                .query(NpsCounts.class)
                .single();
    }

    /** The responses answered in [from, to) of the filtered accounts, the segment and the account, if given. */
    NpsCounts raw(AccountFilter filter, String segment, Long accountId, Instant from, Instant to) {
        return jdbc.sql(
                        """
                select count(*) filter (where nps_promoter(r.nps)) as promoters,
                count(*) filter (where not nps_promoter(r.nps) and not nps_detractor(r.nps)) as passives,
                count(*) filter (where nps_detractor(r.nps)) as detractors
                from response_facts r join account_facts a on a.id = r.account_id
                where r.nps is not null and r.responded_at >= :from and r.responded_at < :to and %s
                and (cast(:segment as text) is null
                     or exists (select 1 from account_segment s where s.account_id = a.id and s.segment = :segment))
                and (cast(:account as bigint) is null or a.id = :account)"""
                                .formatted(AccountFilter.condition("a")))
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("segment", segment)
                .param("account", accountId)
                .params(filter.parameters())
                .query(NpsCounts.class)
                .single();
    }

    /** Per vertical market with answers in either period: counts of [fromA, toA) and [fromB, toB). */
    List<VerticalCounts> byVertical(
            AccountFilter filter, LocalDate fromA, LocalDate toA, LocalDate fromB, LocalDate toB) {
        List<VerticalCounts> rows = new ArrayList<>();
        jdbc.sql(
                        """
                select v.name,
                coalesce(sum(m.promoters) filter (where m.month >= :fromA and m.month < :toA), 0) as pa,
                coalesce(sum(m.passives) filter (where m.month >= :fromA and m.month < :toA), 0) as sa,
                coalesce(sum(m.detractors) filter (where m.month >= :fromA and m.month < :toA), 0) as da,
                coalesce(sum(m.promoters) filter (where m.month >= :fromB and m.month < :toB), 0) as pb,
                coalesce(sum(m.passives) filter (where m.month >= :fromB and m.month < :toB), 0) as sb,
                coalesce(sum(m.detractors) filter (where m.month >= :fromB and m.month < :toB), 0) as db
                from response_month m join vertical_market v on v.id = m.vertical_market_id
                where ((m.month >= :fromA and m.month < :toA) or (m.month >= :fromB and m.month < :toB)) and %s
                group by v.name order by v.name"""
                                .formatted(monthCondition()))
                .param("fromA", fromA)
                .param("toA", toA)
                .param("fromB", fromB)
                .param("toB", toB)
                .params(filter.parameters())
                .query((rs, n) -> rows.add(new VerticalCounts(
                        rs.getString("name"),
                        new NpsCounts(rs.getLong("pa"), rs.getLong("sa"), rs.getLong("da")),
                        new NpsCounts(rs.getLong("pb"), rs.getLong("sb"), rs.getLong("db")))))
                .list();
        return rows;
    }

    /** The account of this external id, if any. */
    Optional<AccountRef> account(String externalId) {
        return jdbc.sql("select id, account_executive_id from account_facts where external_id = :id")
                .param("id", externalId)
                .query(AccountRef.class)
                .optional();
    }

    /** Which of the given filter ids name nothing: the names of their fields. */
    List<String> unknownFilterIds(AccountFilter filter) {
        List<String> unknown = new ArrayList<>();
        check(unknown, "vertical", "vertical_market", filter.verticalMarketId());
        check(unknown, "location", "location", filter.locationId());
        check(unknown, "platform", "service_platform", filter.servicePlatformId());
        if (filter.accountExecutiveId() != null
                && !jdbc.sql(
                                "select exists (select 1 from user_directory where id = :id and role = 'ACCOUNT_EXECUTIVE')")
                        .param("id", filter.accountExecutiveId())
                        .query(Boolean.class)
                        .single()) {
            unknown.add("accountExecutive");
        }
        return unknown;
    }

    private void check(List<String> unknown, String field, String table, Long id) {
        if (id != null
                && !jdbc.sql("select exists (select 1 from " + table + " where id = :id)")
                        .param("id", id)
                        .query(Boolean.class)
                        .single()) {
            unknown.add(field);
        }
    }

    /** The account filter on response_month's own group columns (alias m). */
    private static String monthCondition() {
        return AccountFilter.condition("m");
    }

    record VerticalCounts(String vertical, NpsCounts current, NpsCounts previous) {}

    record AccountRef(long id, long accountExecutiveId) {}
}
