package cx.touchpoint.insight;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one row of {@code insight_setting}. */
@Repository
class InsightSettingsRepository {

    private final JdbcClient jdbc;

    InsightSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    InsightSettings read() {
        return jdbc.sql("select confidence_level as confidence_percent, min_n, min_driver_responses, version"
                        + " from insight_setting where id = 1")
                .query(InsightSettings.class)
                .single();
    }

    /** Stores {@code settings} if nobody saved since it was read; false when someone did. */
    boolean update(InsightSettings settings) {
        return jdbc.sql(
                                """
                update insight_setting set confidence_level = :level, min_n = :minN,
                min_driver_responses = :minDrivers, version = version + 1
                where id = 1 and version = :version""")
                        .param("level", settings.confidencePercent())
                        .param("minN", settings.minN())
                        .param("minDrivers", settings.minDriverResponses())
                        .param("version", settings.version())
                        .update()
                == 1;
    }
}
