package cx.touchpoint.gap.standard;

import cx.touchpoint.base.Aggregate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What was promised to customers about a standard's metric (e.g. "24/7 support", first reply
 * within 1 h), valid from a day until a day ({@code validTo} null = until further notice). An
 * aggregate: {@code @Version} makes a stale save or delete fail instead of overwriting.
 */
@Table("standard_promise")
public record StandardPromise(
        @Id Long id,
        @Version int version,
        long standardId,
        @NotNull(message = "Enter the promised value.") BigDecimal promisedValue,
        @NotNull(message = "Enter the wording customers saw.")
                @Size(min = 2, max = WORDING_MAX, message = "The wording needs 2 to 200 characters.")
                String wording,
        @NotNull(message = "Choose where the promise was made.") PromiseChannel channel,
        @NotNull(message = "Enter the day the promise starts.") LocalDate validFrom,
        LocalDate validTo)
        implements Aggregate {

    public static final int WORDING_MAX = 200;

    public StandardPromise {
        wording = wording == null ? null : wording.trim();
    }

    public static StandardPromise blank(long standardId, LocalDate today) {
        return new StandardPromise(null, 0, standardId, null, "", PromiseChannel.CONTRACT, today, null);
    }
}
