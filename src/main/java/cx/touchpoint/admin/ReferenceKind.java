package cx.touchpoint.admin;

import java.util.List;

/**
 * The kinds of reference data admins maintain: their table, the columns an admin edits (in form order)
 * and the order lists show them in. Cues and touch points also have a code, made once from the first name
 * (surveys, triggers and the API refer to it), which an edit keeps.
 */
public enum ReferenceKind {
    CUE("Perception cues", "perception cue", "perception_cue", "sort_order, name", "name", "description", "sort_order"),
    TOUCH_POINT(
            "Touch points",
            "touch point",
            "touch_point",
            "name",
            "name",
            "life_cycle_stage",
            "transaction_phase",
            "kind",
            "description"),
    VERTICAL_MARKET(
            "Vertical markets", "vertical market", "vertical_market", "market_group, name", "name", "market_group"),
    LOCATION("Locations", "location", "location", "region, country", "region", "country"),
    SERVICE_PLATFORM("Service platforms", "service platform", "service_platform", "name", "name");

    private final String title;
    private final String singular;
    private final String table;
    private final String order;
    private final List<String> columns;

    ReferenceKind(String title, String singular, String table, String order, String... columns) {
        this.title = title;
        this.singular = singular;
        this.table = table;
        this.order = order;
        this.columns = List.of(columns);
    }

    /** The plural heading, e.g. "Touch points". */
    public String title() {
        return title;
    }

    /** One of them in a sentence, e.g. "touch point". */
    public String singular() {
        return singular;
    }

    /** Whether the kind has a code made from its name. */
    public boolean hasCode() {
        return this == CUE || this == TOUCH_POINT;
    }

    /** The columns an admin edits, in form order. */
    public List<String> columns() {
        return columns;
    }

    String table() {
        return table;
    }

    String order() {
        return order;
    }
}
