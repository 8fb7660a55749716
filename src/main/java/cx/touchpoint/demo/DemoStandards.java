package cx.touchpoint.demo;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Service standards with 24 months of actuals and the promises made about them. The seed's two
 * stories are here: on-time delivery standard 98 % with actuals near 90 %, and "24/7 support"
 * promised with first replies near a day.
 */
@Component
class DemoStandards {

    /** A standard as the demo company set it, what it promised and where its actuals hover. */
    record Standard(
            String code,
            String name,
            String cue,
            String touchPoint,
            String team,
            String unit,
            String direction,
            double target,
            double actualMean,
            double actualSd,
            double promised,
            String promise,
            String channel) {}

    static final List<Standard> STANDARDS = List.of(
            new Standard(
                    "on_time_delivery",
                    "On-time delivery",
                    "reliability",
                    "delivery",
                    "logistics",
                    "%",
                    "HIGHER_IS_BETTER",
                    98,
                    90,
                    0.9,
                    99,
                    "On-time delivery, guaranteed in your contract",
                    "CONTRACT"),
            new Standard(
                    "first_reply_time",
                    "First reply to a support request",
                    "responsiveness",
                    "support",
                    "customer_service",
                    "h",
                    "LOWER_IS_BETTER",
                    4,
                    24,
                    2.5,
                    1,
                    "24/7 support: a first reply within the hour",
                    "MARKETING"),
            new Standard(
                    "order_processing_time",
                    "Order processing time",
                    "reliability",
                    "ordering",
                    "logistics",
                    "days",
                    "LOWER_IS_BETTER",
                    2,
                    2.3,
                    0.15,
                    2,
                    "Orders processed within two working days",
                    "WEBSITE"),
            new Standard(
                    "invoice_accuracy",
                    "Invoice accuracy",
                    "transaction_security",
                    "invoicing",
                    "finance",
                    "%",
                    "HIGHER_IS_BETTER",
                    99.5,
                    99.1,
                    0.2,
                    99.5,
                    "Accurate invoices, every time",
                    "CONTRACT"),
            new Standard(
                    "activation_time",
                    "Time to activate a new account",
                    "access",
                    "onboarding",
                    "onboarding",
                    "days",
                    "LOWER_IS_BETTER",
                    10,
                    12,
                    1.2,
                    7,
                    "Live within a week of signing",
                    "SALES"));

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    DemoStandards(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Creates the standards and returns their ids by code. */
    Map<String, Long> create(DemoRandom random, LocalDate today) {
        Map<String, Long> ids = new LinkedHashMap<>();
        LocalDate firstMonth = today.withDayOfMonth(1).minusMonths(24);
        List<Object[]> actuals = new ArrayList<>();
        for (Standard s : STANDARDS) {
            long id = jdbc.sql(
                            """
                    insert into service_standard (code, name, cue_id, touch_point_id, owner_team_id, unit,
                    direction, target_value) values (?, ?, (select id from perception_cue where code = ?),
                    (select id from touch_point where code = ?), (select id from team where code = ?),
                    ?, ?, ?) returning id
                    """)
                    .params(s.code(), s.name(), s.cue(), s.touchPoint(), s.team(), s.unit(), s.direction(), s.target())
                    .query(Long.class)
                    .single();
            ids.put(s.code(), id);
            for (LocalDate month = firstMonth; month.isBefore(today.withDayOfMonth(1)); month = month.plusMonths(1)) {
                double value = Math.round(random.gaussian(s.actualMean(), s.actualSd()) * 100) / 100.0;
                actuals.add(
                        new Object[] {id, Date.valueOf(month), s.unit().equals("%") ? Math.min(100, value) : value});
            }
            jdbc.sql(
                            """
                    insert into standard_promise (standard_id, promised_value, wording, channel, valid_from)
                    values (?, ?, ?, ?, ?)
                    """)
                    .params(id, s.promised(), s.promise(), s.channel(), Date.valueOf(firstMonth))
                    .update();
        }
        batch.batchUpdate(
                "insert into standard_actual (standard_id, period_start, actual_value) values (?, ?, ?)", actuals);
        return ids;
    }
}
