package cx.touchpoint.account;

/** A contact at an account, identified by email (unique across accounts). */
public record ContactInput(String accountExternalId, String name, String email, String role) {

    public static final int NAME_MIN = 2;
    public static final int NAME_MAX = 100;
    public static final int ROLE_MAX = 100;
    /** The same rule as the {@code contact.email} check constraint. */
    public static final String EMAIL_PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    public ContactInput {
        accountExternalId = AccountInput.trim(accountExternalId);
        name = AccountInput.trim(name);
        email = email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
        role = role == null ? "" : role.strip();
    }
}
