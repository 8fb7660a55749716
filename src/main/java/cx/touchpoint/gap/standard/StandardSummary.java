package cx.touchpoint.gap.standard;

import cx.touchpoint.gap.Direction;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A service standard as the standards list shows it, with its latest monthly actual (null = none yet). */
public record StandardSummary(
        long id,
        int version,
        String code,
        String name,
        long cueId,
        String cueName,
        Long touchPointId,
        String touchPointName,
        Long ownerTeamId,
        String ownerTeamName,
        String unit,
        Direction direction,
        BigDecimal targetValue,
        BigDecimal latestActual,
        LocalDate latestMonth) {

    public ServiceStandard toStandard() {
        return new ServiceStandard(
                id, version, code, name, cueId, touchPointId, ownerTeamId, unit, direction, targetValue);
    }

    /** The standard in one line, as the audit log keeps it. */
    public String describe() {
        return "code " + code + " · cue " + cueName
                + (touchPointName == null ? "" : " · touch point " + touchPointName)
                + (ownerTeamName == null ? "" : " · team " + ownerTeamName)
                + " · target " + targetValue.stripTrailingZeros().toPlainString() + " " + unit + " · "
                + direction.label().toLowerCase(java.util.Locale.ENGLISH);
    }
}
