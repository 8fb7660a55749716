package cx.touchpoint.base;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the choices of the account filter; feature services hand them to their views. */
@Repository
public class FilterOptionsQueries {

    private final JdbcClient jdbc;

    FilterOptionsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All choices; {@code onlyAccountExecutive} non-null limits the account executives to that one. */
    public FilterOptions options(Long onlyAccountExecutive) {
        return new FilterOptions(
                list("select id, name from vertical_market order by name"),
                list("select id, region || ' · ' || country as name from location order by region, country"),
                list("select id, name from service_platform order by name"),
                jdbc.sql("select id, full_name as name from app_user where role = 'ACCOUNT_EXECUTIVE'"
                                + " and (cast(:only as bigint) is null or id = :only) order by full_name")
                        .param("only", onlyAccountExecutive)
                        .query(Option.class)
                        .list());
    }

    private List<Option> list(String sql) {
        return jdbc.sql(sql).query(Option.class).list();
    }
}
