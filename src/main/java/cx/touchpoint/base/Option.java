package cx.touchpoint.base;

/** One choice in a list a person picks from: its id and the name they read. */
public record Option(long id, String name) {

    /** What a retired item's name ends with in lists that include retired items ({@link ReferenceData}). */
    public static final String RETIRED = " (retired)";

    /** Whether this is a retired item of a list that includes them. */
    public boolean retired() {
        return name.endsWith(RETIRED);
    }
}
