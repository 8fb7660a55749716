package cx.touchpoint.gap.standard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Monthly actuals of service standards: one value per standard and month. */
@Repository
class ActualRepository {

    private final JdbcClient jdbc;

    ActualRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MonthlyActual> page(long standardId, int offset, int limit) {
        return jdbc.sql(
                        """
                select id, standard_id, period_start as month, actual_value as value from standard_actual
                where standard_id = :s order by period_start desc offset :offset limit :limit
                """)
                .param("s", standardId)
                .param("offset", offset)
                .param("limit", limit)
                .query(MonthlyActual.class)
                .list();
    }

    Optional<MonthlyActual> find(long id) {
        return jdbc.sql(
                        """
                select id, standard_id, period_start as month, actual_value as value from standard_actual
                where id = :id
                """)
                .param("id", id)
                .query(MonthlyActual.class)
                .optional();
    }

    /** Records the month's actual, replacing an earlier value of the same month. */
    void record(long standardId, LocalDate month, BigDecimal value) {
        jdbc.sql(
                        """
                insert into standard_actual (standard_id, period_start, actual_value) values (:s, :m, :v)
                on conflict (standard_id, period_start) do update set actual_value = excluded.actual_value
                """)
                .param("s", standardId)
                .param("m", month)
                .param("v", value)
                .update();
    }

    void delete(long id) {
        jdbc.sql("delete from standard_actual where id = :id").param("id", id).update();
    }
}
