package cx.touchpoint.base;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the choices of the account filter; feature services hand them to their views. */
@Repository
public class FilterOptionsQueries {

    private final JdbcClient jdbc;
    private final ReferenceData referenceData;

    FilterOptionsQueries(JdbcClient jdbc, ReferenceData referenceData) {
        this.jdbc = jdbc;
        this.referenceData = referenceData;
    }

    /** All choices; {@code onlyAccountExecutive} non-null limits the account executives to that one. */
    public FilterOptions options(Long onlyAccountExecutive) {
        return new FilterOptions(
                referenceData.verticalMarketsWithRetired(),
                referenceData.locationsWithRetired(),
                referenceData.servicePlatformsWithRetired(),
                jdbc.sql(
                                """
                        select id, full_name as name from user_directory where role = 'ACCOUNT_EXECUTIVE'
                        and (cast(:only as bigint) is null or id = :only) order by full_name
                        """)
                        .param("only", onlyAccountExecutive)
                        .query(Option.class)
                        .list());
    }
}
