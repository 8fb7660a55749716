package cx.touchpoint.theme;

/** A theme's life: proposed, in use, retired (or merged), or a proposal someone dismissed. */
public enum ThemeStatus {
    CANDIDATE("Proposed"),
    ACTIVE("Active"),
    RETIRED("Retired"),
    DISMISSED("Dismissed");

    private final String label;

    ThemeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
