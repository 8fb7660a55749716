package cx.touchpoint.base;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reference lists people choose from, each in the one order every form and filter shows:
 * perception cues in their defined order, locations by region then country, everything else by name.
 * Pickers for new data offer only current items; filters over data also list retired ones (marked), since
 * old data keeps them (admin, reference data).
 */
@Repository
public class ReferenceData {

    static final String RETIRED = Option.RETIRED;

    private final JdbcClient jdbc;

    ReferenceData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current perception cues, in their defined order. */
    public List<Option> cues() {
        return list("select id, name from perception_cue where not retired order by sort_order, name");
    }

    /** The current touch points, by name. */
    public List<Option> touchPoints() {
        return list("select id, name from touch_point where not retired order by name");
    }

    /** Every perception cue, retired ones marked, for filters and for editing records that name one. */
    public List<Option> cuesWithRetired() {
        return list(withRetired("perception_cue", "name", "retired, sort_order, name"));
    }

    /** Every touch point, retired ones marked, for filters over past data. */
    public List<Option> touchPointsWithRetired() {
        return list(withRetired("touch_point", "name", "retired, name"));
    }

    /** The current vertical markets, by name. */
    public List<Option> verticalMarkets() {
        return list("select id, name from vertical_market where not retired order by name");
    }

    /** Every vertical market, retired ones marked, for filters over past data. */
    public List<Option> verticalMarketsWithRetired() {
        return list(withRetired("vertical_market", "name", "retired, name"));
    }

    /** The current locations as "region · country", by region then country. */
    public List<Option> locations() {
        return list(
                """
                select id, region || ' · ' || country as name from location where not retired
                order by region, country
                """);
    }

    /** Every location, retired ones marked, for filters over past data. */
    public List<Option> locationsWithRetired() {
        return list(withRetired("location", "region || ' · ' || country", "retired, region, country"));
    }

    /** The current service platforms, by name. */
    public List<Option> servicePlatforms() {
        return list("select id, name from service_platform where not retired order by name");
    }

    /** Every service platform, retired ones marked, for filters over past data. */
    public List<Option> servicePlatformsWithRetired() {
        return list(withRetired("service_platform", "name", "retired, name"));
    }

    /** The teams, by name. */
    public List<Option> teams() {
        return list("select id, name from team_directory order by name");
    }

    private static String withRetired(String table, String name, String order) {
        return "select id, " + name + " || case when retired then '" + RETIRED + "' else '' end as name from " + table
                + " order by " + order;
    }

    private List<Option> list(String sql) {
        return jdbc.sql(sql).query(Option.class).list();
    }
}
