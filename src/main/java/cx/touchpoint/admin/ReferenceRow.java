package cx.touchpoint.admin;

/** One item of reference data as the admin list shows it; {@code values} are what its form starts from. */
public record ReferenceRow(long id, int version, boolean retired, ReferenceKind kind, ReferenceInput values) {

    /** How the item reads, e.g. "Order placement" or "Europe · Germany". */
    public String title() {
        return values.title(kind);
    }

    /** The rest of the item in words. */
    public String detail() {
        return values.detail(kind);
    }
}
