package cx.touchpoint.base;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which accounts a figure covers: by vertical market, location, service platform and account
 * executive. A {@code null} field means "all". The same filter narrows every figure of a view.
 */
public record AccountFilter(Long verticalMarketId, Long locationId, Long servicePlatformId, Long accountExecutiveId) {

    public static final AccountFilter ALL = new AccountFilter(null, null, null, null);

    /** The same filter with the account executive fixed, e.g. to an account executive's own book. */
    public AccountFilter withAccountExecutive(Long id) {
        return new AccountFilter(verticalMarketId, locationId, servicePlatformId, id);
    }

    public boolean isEmpty() {
        return equals(ALL);
    }

    /**
     * The SQL condition on the account table aliased {@code alias}; bind its parameters with
     * {@link #bind}. Every part is always present, so the statement text does not vary.
     */
    public static String condition(String alias) {
        return "(cast(:f_vertical as bigint) is null or " + alias + ".vertical_market_id = :f_vertical)"
                + " and (cast(:f_location as bigint) is null or " + alias + ".location_id = :f_location)"
                + " and (cast(:f_platform as bigint) is null or " + alias + ".service_platform_id = :f_platform)"
                + " and (cast(:f_ae as bigint) is null or " + alias + ".account_executive_id = :f_ae)";
    }

    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement.params(parameters());
    }

    public Map<String, Object> parameters() {
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("f_vertical", verticalMarketId);
        parameters.put("f_location", locationId);
        parameters.put("f_platform", servicePlatformId);
        parameters.put("f_ae", accountExecutiveId);
        return parameters;
    }
}
