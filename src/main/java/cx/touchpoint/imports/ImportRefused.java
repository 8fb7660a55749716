package cx.touchpoint.imports;

/**
 * A file Touchpoint will not import, with the reason a person can act on (too many columns, a record
 * too long, an unknown time zone, duplicate column names without a chosen mapping). Nothing is stored.
 */
public class ImportRefused extends IllegalArgumentException {

    public ImportRefused(String message) {
        super(message);
    }
}
