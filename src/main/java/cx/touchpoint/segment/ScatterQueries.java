package cx.touchpoint.segment;

import cx.touchpoint.base.AccountFilter;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The scatter's cells and the accounts of one cell, from the same rows as the points. */
@Repository
class ScatterQueries {

    private static final String SCORE_CELL = "least(floor((s.score - 1) * " + ScatterCell.SCORE_CELLS_PER_POINT
            + "), 6 * " + ScatterCell.SCORE_CELLS_PER_POINT + " - 1)::int";
    // log of a double, not of the numeric column: numeric's logarithm costs ~15 µs a row (300 ms at 20,000 accounts)
    private static final String REVENUE_CELL =
            "(case when a.annual_revenue > 0 then floor(log(a.annual_revenue::float8) * "
                    + ScatterCell.REVENUE_CELLS_PER_DECADE + ")::int else " + ScatterCell.NO_REVENUE_CELL + " end)";
    // scored accounts only, so their summary row directly (account_segment would join the account a second time)
    private static final String SCORED = " from account_facts a join account_score s on s.account_id = a.id"
            + SegmentQueries.ACTIVE_FILTERED + " and s.score is not null";

    private final JdbcClient jdbc;

    ScatterQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ScatterCell> cells(AccountFilter filter) {
        return filter.bind(jdbc.sql("select s.segment, " + SCORE_CELL + " as score_cell, " + REVENUE_CELL
                        + " as revenue_cell, count(*) as accounts, avg(s.score)::float8 as score,"
                        + " avg(a.annual_revenue) as revenue" + SCORED
                        + " group by 1, 2, 3 order by 1, 2, 3"))
                .query(ScatterCell.class)
                .list();
    }

    List<AccountPoint> accountsIn(ScatterCell.Key cell, AccountFilter filter, int offset, int limit) {
        return filter.bind(jdbc.sql("select a.id as account_id, a.name, s.segment, s.score::float8 as score,"
                        + " a.annual_revenue as revenue" + SCORED + inCell()
                        + " order by a.annual_revenue desc, a.id offset :offset limit :limit"))
                .params(cellParameters(cell))
                .param("offset", offset)
                .param("limit", limit)
                .query(AccountPoint.class)
                .list();
    }

    long countIn(ScatterCell.Key cell, AccountFilter filter) {
        return filter.bind(jdbc.sql("select count(*)" + SCORED + inCell()))
                .params(cellParameters(cell))
                .query(Long.class)
                .single();
    }

    private static String inCell() {
        return " and s.segment = :segment and " + SCORE_CELL + " = :score_cell and " + REVENUE_CELL
                + " = :revenue_cell";
    }

    private static java.util.Map<String, Object> cellParameters(ScatterCell.Key cell) {
        return java.util.Map.of(
                "segment", cell.segment().name(), "score_cell", cell.scoreCell(), "revenue_cell", cell.revenueCell());
    }
}
