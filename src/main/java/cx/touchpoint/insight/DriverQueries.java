package cx.touchpoint.insight;

import cx.touchpoint.base.AccountFilter;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Key drivers' sufficient statistics from {@code driver_month} (V231), summed in PostgreSQL. */
@Repository
class DriverQueries {

    /** A cue as the analysis names it. */
    record Cue(long id, String name) {}

    private final JdbcClient jdbc;

    DriverQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cues in use (not retired), in id order: the order of driver_month's vectors. */
    List<Cue> cues() {
        return jdbc.sql("select id, name from perception_cue where not retired order by id")
                .query(Cue.class)
                .list();
    }

    /**
     * n, Σv and Σvvᵀ over the responses of {@code query} that answered exactly {@code cues} and the NPS
     * question: v = each cue's experienced score, then the 0-10 answer.
     */
    Moments moments(DriverQuery query, List<Cue> cues) {
        int size = cues.size() + 1;
        return jdbc.sql(
                        """
                with rows as (
                    select m.responses, m.sums, m.products from %s m
                    where m.month >= :from and m.month < :to and m.pattern = :pattern and m.cue_ids = cast(:cues as bigint[])
                    and %s)
                select (select coalesce(sum(responses), 0) from rows) as responses,
                       (select array_agg(s order by i) from (select i, sum(x) as s from rows,
                            unnest(rows.sums) with ordinality u (x, i) group by i) t) as sums,
                       (select array_agg(s order by i) from (select i, sum(x) as s from rows,
                            unnest(rows.products) with ordinality u (x, i) group by i) t) as products"""
                                .formatted(table(query.filter()), condition(query.filter())))
                .param("from", query.fromMonth())
                .param("to", query.toMonth())
                .param("pattern", query.pattern())
                .param(
                        "cues",
                        cues.stream()
                                .map(c -> Long.toString(c.id()))
                                .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .params(query.filter().parameters())
                .query((rs, n) -> {
                    long responses = rs.getLong("responses");
                    double[] sums = numbers(rs.getArray("sums"), size);
                    double[] triangle = numbers(rs.getArray("products"), size * (size + 1) / 2);
                    double[][] products = new double[size][size];
                    int at = 0;
                    for (int i = 0; i < size; i++) {
                        for (int j = i; j < size; j++) {
                            products[i][j] = triangle[at];
                            products[j][i] = triangle[at];
                            at++;
                        }
                    }
                    return new Moments(responses, cues.stream().map(Cue::name).toList(), sums, products);
                })
                .single();
    }

    /**
     * The roll-up per account executive (V232) when the filter names no vertical, location or platform: a few
     * dozen rows a year instead of thousands.
     */
    private static String table(AccountFilter filter) {
        return byBook(filter) ? "driver_book_month" : "driver_month";
    }

    private static String condition(AccountFilter filter) {
        return byBook(filter)
                ? "(cast(:f_ae as bigint) is null or m.account_executive_id = :f_ae)"
                : AccountFilter.condition("m");
    }

    private static boolean byBook(AccountFilter filter) {
        return filter.verticalMarketId() == null && filter.locationId() == null && filter.servicePlatformId() == null;
    }

    private static double[] numbers(Array array, int size) throws SQLException {
        double[] values = new double[size];
        if (array == null) {
            return values;
        }
        Object[] elements = (Object[]) array.getArray();
        for (int i = 0; i < size && i < elements.length; i++) {
            values[i] = ((BigDecimal) elements[i]).doubleValue();
        }
        return values;
    }
}
