package cx.touchpoint.summary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Calls the summaries' maintenance functions (R__summaries.sql). */
@Repository
class SummaryRepository {

    private final JdbcClient jdbc;

    SummaryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void rebuildAll() {
        jdbc.sql("select summaries_rebuild_all()").query(Object.class).optional();
    }

    /** Turns the triggers' maintenance off (or on again) for the rest of the current transaction. */
    void defer(boolean deferred) {
        jdbc.sql("select set_config('touchpoint.summaries', :value, true)")
                .param("value", deferred ? "deferred" : "")
                .query(String.class)
                .single();
    }

    SummarySizes sizes() {
        return jdbc.sql(
                        """
                select (select count(*) from account_score) as account_scores,
                (select count(*) from account_wave_score) as account_wave_scores,
                (select count(*) from answer_month) as answer_months,
                (select count(*) from answer_item_month) as answer_item_months,
                (select count(*) from response_month) as response_months,
                (select count(*) from response_book_month) as response_book_months,
                (select count(*) from driver_month) as driver_months
                """)
                .query(SummarySizes.class)
                .single();
    }
}
