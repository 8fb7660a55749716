package cx.touchpoint.base;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reference lists people choose from, each in the one order every form and filter shows:
 * perception cues in their defined order, locations by region then country, everything else by name.
 */
@Repository
public class ReferenceData {

    private final JdbcClient jdbc;

    ReferenceData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The six perception cues, in their defined order. */
    public List<Option> cues() {
        return list("select id, name from perception_cue order by sort_order, name");
    }

    /** The touch points, by name. */
    public List<Option> touchPoints() {
        return list("select id, name from touch_point order by name");
    }

    /** The vertical markets, by name. */
    public List<Option> verticalMarkets() {
        return list("select id, name from vertical_market order by name");
    }

    /** The locations as "region · country", by region then country. */
    public List<Option> locations() {
        return list("select id, region || ' · ' || country as name from location order by region, country");
    }

    /** The service platforms, by name. */
    public List<Option> servicePlatforms() {
        return list("select id, name from service_platform order by name");
    }

    /** The teams, by name. */
    public List<Option> teams() {
        return list("select id, name from team order by name");
    }

    private List<Option> list(String sql) {
        return jdbc.sql(sql).query(Option.class).list();
    }
}
