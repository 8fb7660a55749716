package cx.touchpoint.admin;

import cx.touchpoint.base.LifeCycleStage;
import cx.touchpoint.base.SingleLine;
import cx.touchpoint.base.TouchPointKind;
import cx.touchpoint.base.TransactionPhase;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an admin enters for one item of reference data. Each {@link ReferenceKind} uses the components
 * named after its columns ({@link ReferenceKind#columns()}); the others stay null. Text is stripped of
 * surrounding blanks; the lengths are the schema's (V1).
 */
public record ReferenceInput(
        @Size(max = NAME_MAX, message = "At most " + NAME_MAX + " characters.") @SingleLine String name,
        @Size(max = NAME_MAX, message = "At most " + NAME_MAX + " characters.") @SingleLine String marketGroup,
        @Size(max = NAME_MAX, message = "At most " + NAME_MAX + " characters.") @SingleLine String region,
        @Size(max = NAME_MAX, message = "At most " + NAME_MAX + " characters.") @SingleLine String country,
        @Size(max = DESCRIPTION_MAX, message = "At most " + DESCRIPTION_MAX + " characters.") String description,
        LifeCycleStage lifeCycleStage,
        TransactionPhase transactionPhase,
        TouchPointKind kind,
        @Min(value = 0, message = "From 0 to " + ORDER_MAX + ".")
                @Max(value = ORDER_MAX, message = "From 0 to " + ORDER_MAX + ".")
                Integer sortOrder) {

    public static final int NAME_MAX = 80;
    public static final int CUE_NAME_MAX = 60;
    public static final int DESCRIPTION_MAX = 500;
    public static final int ORDER_MAX = 999;

    public ReferenceInput {
        name = strip(name);
        marketGroup = strip(marketGroup);
        region = strip(region);
        country = strip(country);
        description = strip(description);
    }

    /** A name-only input (service platforms), and the start of the others'. */
    public static ReferenceInput named(String name) {
        return new ReferenceInput(name, null, null, null, null, null, null, null, null);
    }

    public ReferenceInput withMarketGroup(String group) {
        return new ReferenceInput(
                name, group, region, country, description, lifeCycleStage, transactionPhase, kind, sortOrder);
    }

    public ReferenceInput withCue(String description, Integer sortOrder) {
        return new ReferenceInput(
                name, marketGroup, region, country, description, lifeCycleStage, transactionPhase, kind, sortOrder);
    }

    public ReferenceInput withTouchPoint(
            LifeCycleStage stage, TransactionPhase phase, TouchPointKind kind, String description) {
        return new ReferenceInput(name, marketGroup, region, country, description, stage, phase, kind, sortOrder);
    }

    /** The values of {@code kind}'s columns by column name (enums by name), in form order. */
    Map<String, Object> columns(ReferenceKind of) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("name", name);
        all.put("market_group", marketGroup);
        all.put("region", region);
        all.put("country", country);
        all.put("description", description == null ? "" : description);
        all.put("life_cycle_stage", lifeCycleStage == null ? null : lifeCycleStage.name());
        all.put("transaction_phase", transactionPhase == null ? null : transactionPhase.name());
        all.put("kind", kind == null ? null : kind.name());
        all.put("sort_order", sortOrder);
        Map<String, Object> chosen = new LinkedHashMap<>();
        of.columns().forEach(column -> chosen.put(column, all.get(column)));
        return chosen;
    }

    /** How the item reads in a list and in the audit log, e.g. "Europe · Germany". */
    public String title(ReferenceKind of) {
        return of == ReferenceKind.LOCATION ? region + " · " + country : name;
    }

    /** The rest of the item in words, e.g. "Problem resolution · Post-transaction · Utilization". */
    public String detail(ReferenceKind of) {
        return switch (of) {
            case CUE -> "#" + sortOrder + (description == null || description.isEmpty() ? "" : " · " + description);
            case TOUCH_POINT -> label(lifeCycleStage == null ? null : lifeCycleStage.label()) + " · "
                    + label(transactionPhase == null ? null : transactionPhase.label()) + " · "
                    + label(kind == null ? null : kind.label())
                    + (description == null || description.isEmpty() ? "" : " · " + description);
            case VERTICAL_MARKET -> "Market group: " + marketGroup;
            case LOCATION, SERVICE_PLATFORM -> "";
        };
    }

    /** The item for the audit log: its title and detail. */
    String describe(ReferenceKind of) {
        String detail = detail(of);
        return detail.isEmpty() ? title(of) : title(of) + " (" + detail + ")";
    }

    private static String label(String text) {
        return text == null ? "?" : text;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
