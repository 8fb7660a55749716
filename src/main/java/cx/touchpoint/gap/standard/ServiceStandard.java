package cx.touchpoint.gap.standard;

import cx.touchpoint.base.Aggregate;
import cx.touchpoint.gap.Direction;
import cx.touchpoint.gap.MetricValue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A service standard: an operational metric with a unit and a direction, linked to a perception
 * cue, and the target the company set. {@code id} null = not stored yet; {@code version} guards
 * concurrent edits. Limits mirror the table's constraints.
 */
@Table("service_standard")
public record ServiceStandard(
        @Id Long id,
        @Version int version,
        @NotNull(message = "Enter a code.") @Pattern(regexp = CODE_PATTERN, message = CODE_RULE) String code,
        @NotNull(message = "Enter a name.")
                @Size(min = 2, max = NAME_MAX, message = "The name needs 2 to 100 characters.")
                String name,
        @NotNull(message = "Choose the perception cue the standard belongs to.") Long cueId,
        Long touchPointId,
        Long ownerTeamId,
        @NotNull(message = "Enter the unit, e.g. % or h.")
                @Size(min = 1, max = UNIT_MAX, message = "The unit needs 1 to 20 characters.")
                String unit,
        @NotNull(message = "Choose whether higher or lower is better.") Direction direction,
        @NotNull(message = "Enter the target value.")
                @DecimalMin(value = "0", message = "The target cannot be negative.")
                @DecimalMax(value = MetricValue.MAX, message = "The target is too large.")
                BigDecimal targetValue)
        implements Aggregate {

    public static final String CODE_PATTERN = "^[a-z_]{2,40}$";
    public static final String CODE_RULE =
            "The code needs 2 to 40 lower-case letters or underscores, e.g. on_time_delivery.";
    public static final int NAME_MAX = 100;
    public static final int UNIT_MAX = 20;

    public ServiceStandard {
        code = code == null ? null : code.trim();
        name = name == null ? null : name.trim();
        unit = unit == null ? null : unit.trim();
    }

    /** An empty standard to fill in, owned by {@code ownerTeamId} (may be null). */
    public static ServiceStandard blank(Long ownerTeamId) {
        return new ServiceStandard(null, 0, "", "", null, null, ownerTeamId, "", Direction.HIGHER_IS_BETTER, null);
    }
}
