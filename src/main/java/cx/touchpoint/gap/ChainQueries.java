package cx.touchpoint.gap;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Gaps 1-5 per service standard, computed in PostgreSQL. Signs come from the database function
 * {@code metric_shortfall} (by the metric's direction), so a negative gap always means the customer
 * gets less than the reference. The touch-point filter selects the standards; customer values come
 * from every answer to an item linked to the standard.
 */
@Repository
class ChainQueries {

    /** The links of every standard's chain and gaps 1-5 in the metric's unit, over {@code scope}'s answers. */
    private static String links(GapScope scope) {
        return "with customer as (select i.standard_id,"
                + " (sum(m.expected_value_sum) / nullif(sum(m.expected_values), 0))::float8 as expected_value,"
                + " sum(m.expected_values) as expected_answers,"
                + " (sum(m.perceived_value_sum) / nullif(sum(m.perceived_values), 0))::float8 as perceived_value,"
                + " sum(m.perceived_values) as perceived_answers"
                + GapSql.cells(scope) + " and i.standard_id is not null group by i.standard_id),"
                + " estimates as (select e.standard_id, avg(e.estimated_expected_value)::float8 as estimate_value,"
                + " count(e.estimated_expected_value) as estimates from (" + GapSql.LATEST_ESTIMATES + ") e"
                + " where e.standard_id is not null group by e.standard_id),"
                + " actuals as (select standard_id, avg(actual_value)::float8 as actual_value, count(*) as months"
                + " from standard_actual where period_start >= :from_date and period_start < :to_date"
                + " group by standard_id),"
                // the promise in force at the end of the period; of several, the most demanding
                + " promises as (select distinct on (p.standard_id) p.standard_id,"
                + " p.promised_value::float8 as promised_value, p.wording"
                + " from standard_promise p join service_standard ps on ps.id = p.standard_id"
                + " where p.valid_from < :to_date and (p.valid_to is null or p.valid_to >= :from_date)"
                + " order by p.standard_id, p.valid_from desc,"
                + " metric_shortfall(ps.direction, 0, p.promised_value::float8) desc),"
                + " links as (select s.id as standard_id, s.name, c.name as cue_name, t.name as touch_point_name,"
                + " s.unit, s.direction, s.target_value::float8 as standard, c.sort_order,"
                + " cu.expected_value, coalesce(cu.expected_answers, 0) as expected_answers,"
                + " e.estimate_value, coalesce(e.estimates, 0) as estimates,"
                + " p.promised_value, p.wording as promise_wording,"
                + " ac.actual_value, coalesce(ac.months, 0) as months,"
                + " cu.perceived_value, coalesce(cu.perceived_answers, 0) as perceived_answers"
                + " from service_standard s join perception_cue c on c.id = s.cue_id"
                + " left join touch_point t on t.id = s.touch_point_id"
                + " left join customer cu on cu.standard_id = s.id"
                + " left join estimates e on e.standard_id = s.id"
                + " left join actuals ac on ac.standard_id = s.id"
                + " left join promises p on p.standard_id = s.id"
                + " where (cast(:standard_tp as bigint) is null or s.touch_point_id = :standard_tp)),"
                // metric_shortfall (migration V80): the one definition of "worse for the customer"
                + " gaps as (select l.*, metric_shortfall(l.direction, l.expected_value, l.estimate_value) as knowledge_gap,"
                + " metric_shortfall(l.direction, l.expected_value, l.standard) as specification_gap,"
                + " metric_shortfall(l.direction, l.standard, l.actual_value) as delivery_gap,"
                + " metric_shortfall(l.direction, l.promised_value, l.actual_value) as communication_gap,"
                + " metric_shortfall(l.direction, l.actual_value, l.perceived_value) as perception_gap from links l)";
    }

    private final JdbcClient jdbc;

    ChainQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row per standard (at the scope's touch point, if any), by cue and name. */
    List<ChainRow> chains(GapScope scope) {
        return jdbc.sql(links(scope) + " select g.* from gaps g order by g.sort_order, g.name")
                .params(scope.withoutTouchPoint().parameters())
                .param("standard_tp", scope.touchPointId())
                .query(ChainRow.class)
                .list();
    }

    record ChainRow(
            long standardId,
            String name,
            String cueName,
            String touchPointName,
            String unit,
            Direction direction,
            double standard,
            Double expectedValue,
            long expectedAnswers,
            Double estimateValue,
            long estimates,
            Double promisedValue,
            String promiseWording,
            Double actualValue,
            long months,
            Double perceivedValue,
            long perceivedAnswers,
            Double knowledgeGap,
            Double specificationGap,
            Double deliveryGap,
            Double communicationGap,
            Double perceptionGap) {

        GapChain toChain() {
            return new GapChain(
                    standardId,
                    name,
                    cueName,
                    touchPointName,
                    unit,
                    direction,
                    new Measured(expectedValue, expectedAnswers),
                    new Measured(estimateValue, estimates),
                    standard,
                    new Measured(promisedValue, promisedValue == null ? 0 : 1),
                    promiseWording,
                    new Measured(actualValue, months),
                    new Measured(perceivedValue, perceivedAnswers),
                    List.of(
                            new StandardGap(GapKind.KNOWLEDGE, knowledgeGap, expectedValue, estimates),
                            new StandardGap(GapKind.SPECIFICATION, specificationGap, expectedValue, expectedAnswers),
                            new StandardGap(GapKind.DELIVERY, deliveryGap, standard, months),
                            new StandardGap(GapKind.COMMUNICATION, communicationGap, promisedValue, months),
                            new StandardGap(GapKind.PERCEPTION, perceptionGap, actualValue, perceivedAnswers)));
        }
    }
}
