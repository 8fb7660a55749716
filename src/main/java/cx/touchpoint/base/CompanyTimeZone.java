package cx.touchpoint.base;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * The company time zone ({@code touchpoint.time-zone}, default {@code UTC}): where days, months and
 * quarters begin. The same property sets the application {@link Clock}'s zone and, through
 * {@code spring.datasource.hikari.connection-init-sql}, every database session's {@code TimeZone}, so
 * SQL ({@code company_quarter}, {@code company_month}) and Java cut time alike.
 *
 * <p>Views format dates through {@link Dates}, which reads the zone here: formatters are
 * static helpers shared by many components that are not Spring beans, so the zone is held once,
 * taken from the application's clock when the context starts.
 */
@Component
public class CompanyTimeZone {

    private static volatile Clock clock = Clock.systemUTC();

    CompanyTimeZone(Clock applicationClock) {
        clock = applicationClock;
    }

    /** A closed context (tests start several) leaves no zone behind. */
    @PreDestroy
    void forget() {
        clock = Clock.systemUTC();
    }

    /** The company time zone, as the application clock has it. */
    public static ZoneId zone() {
        return clock.getZone();
    }

    /**
     * Parses the configured zone. Only region ids (IANA names such as {@code Europe/Berlin}) and
     * {@code UTC} are accepted: PostgreSQL reads a bare offset such as {@code +02:00} with the POSIX
     * sign, the opposite of Java's, so an offset would put SQL and Java two hours apart in opposite
     * directions.
     *
     * @throws IllegalStateException naming the property and the value, when it is not such a zone
     */
    public static ZoneId parse(String id) {
        String trimmed = id == null ? "" : id.trim();
        if (!ZoneId.getAvailableZoneIds().contains(trimmed)) {
            throw new IllegalStateException("touchpoint.time-zone must be a time zone name such as UTC, Europe/Berlin"
                    + " or America/New_York, was \"" + id + "\"");
        }
        try {
            return ZoneId.of(trimmed);
        } catch (DateTimeException e) {
            throw new IllegalStateException("touchpoint.time-zone \"" + id + "\" is not a time zone", e);
        }
    }
}
