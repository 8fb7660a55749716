package cx.touchpoint.account;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An account as the CRM, a CSV file or the API gives it: reference data by name (vertical market and
 * service platform by name, location by country, account executive by username; case-insensitive).
 * {@code status} null means active; a defected account needs {@code defectedOn}.
 */
public record AccountInput(
        String externalId,
        String name,
        String verticalMarket,
        String location,
        String servicePlatform,
        String accountExecutive,
        BigDecimal revenue,
        BigDecimal potentialRevenue,
        String status,
        LocalDate defectedOn) {

    public static final int EXTERNAL_ID_MAX = 80;
    public static final int NAME_MIN = 2;
    public static final int NAME_MAX = 120;
    /** numeric(14, 2): at most twelve digits before the decimal point. */
    public static final BigDecimal REVENUE_MAX = new BigDecimal("999999999999.99");

    public AccountInput {
        externalId = trim(externalId);
        name = trim(name);
        verticalMarket = trim(verticalMarket);
        location = trim(location);
        servicePlatform = trim(servicePlatform);
        accountExecutive = trim(accountExecutive);
        status = trim(status);
    }

    static String trim(String text) {
        return text == null ? null : text.strip();
    }
}
