package cx.touchpoint.security;

/** The roles of DOMAIN.md; each view names the roles allowed to open it. */
public enum Role {
    EXECUTIVE("Executive"),
    ACCOUNT_EXECUTIVE("Account executive"),
    TEAM_LEAD("Team lead"),
    SPECIALIST("Specialist"),
    ADMIN("Admin");

    /** Constants for {@code @RolesAllowed}, which needs compile-time strings. */
    public static final String EXECUTIVE_NAME = "EXECUTIVE";

    public static final String ACCOUNT_EXECUTIVE_NAME = "ACCOUNT_EXECUTIVE";
    public static final String TEAM_LEAD_NAME = "TEAM_LEAD";
    public static final String SPECIALIST_NAME = "SPECIALIST";
    public static final String ADMIN_NAME = "ADMIN";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
