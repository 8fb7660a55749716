package cx.touchpoint.account;

import cx.touchpoint.base.Nps;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts grid, paged and sorted in PostgreSQL; segments from the {@code account_segment} view. */
@Repository
class AccountQueries {

    /** The filtered accounts with their segment: all the count and a page need before the per-row figures. */
    private static final String ACCOUNTS_FROM = " from account a join account_segment s on s.account_id = a.id";

    private static final String WHERE =
            " where a.status = 'ACTIVE' and " + cx.touchpoint.base.AccountFilter.condition("a")
                    + " and (cast(:segment as text) is null or s.segment = :segment)"
                    + " and (cast(:name as text) is null or a.name ilike :name)";

    private static final String ACCOUNTS = ACCOUNTS_FROM + WHERE;

    /** The per-row figures, computed only for the rows they are joined to. */
    private static final String FIGURES = " join vertical_market v on v.id = a.vertical_market_id"
            + " join user_directory u on u.id = a.account_executive_id"
            + " left join lateral (select " + Nps.of("x.nps") + "::float8 as nps"
            + "   from response_facts x where x.account_id = a.id and x.nps is not null and x.responded_at >= :since) r"
            + "   on true"
            + " left join lateral (select max(x.responded_at) as last_response from response_facts x"
            + "   where x.account_id = a.id) lr on true"
            + " left join lateral (select max(c.last_surveyed_at) as last_contacted from contact c"
            + "   where c.account_id = a.id) lc on true"
            + " left join lateral (select count(*) as open_issues from issue_facts x"
            + "   where x.account_id = a.id and x.is_open) i on true";

    private static final String COLUMNS =
            """
            select a.id, a.name, s.segment, s.score::float8 as score, r.nps,
            a.annual_revenue as revenue, a.potential_revenue as potential, i.open_issues,
            greatest(lr.last_response, lc.last_contacted) as last_surveyed,
            v.name as vertical_market, u.full_name as account_executive
            """;

    private final JdbcClient jdbc;

    AccountQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AccountRow> page(AccountQuery query, AccountSort.Order order, Instant npsSince, int offset, int limit) {
        String orderBy = " order by " + order.column().orderBy(order.descending());
        // sorted by an account or segment column, the page is chosen first and only its rows get figures
        String sql = order.column().needsFigures()
                ? COLUMNS + ACCOUNTS_FROM + FIGURES + WHERE + orderBy + " offset :offset limit :limit"
                : COLUMNS + " from (select a.id" + ACCOUNTS + orderBy + " offset :offset limit :limit) page"
                        + " join account a on a.id = page.id join account_segment s on s.account_id = a.id"
                        + FIGURES
                        + orderBy;
        return jdbc.sql(sql)
                .params(parameters(query, npsSince))
                .param("offset", offset)
                .param("limit", limit)
                .query(AccountRow.class)
                .list();
    }

    long count(AccountQuery query) {
        return jdbc.sql("select count(*)" + ACCOUNTS)
                .params(parameters(query, null))
                .query(Long.class)
                .single();
    }

    private static Map<String, Object> parameters(AccountQuery query, Instant npsSince) {
        Map<String, Object> parameters = query.filter().parameters();
        parameters.put("since", npsSince == null ? null : Timestamp.from(npsSince));
        parameters.put(
                "segment", query.segment() == null ? null : query.segment().name());
        String name = query.nameContains() == null ? "" : query.nameContains().strip();
        parameters.put("name", name.isEmpty() ? null : "%" + escapeLike(name) + "%");
        return parameters;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
