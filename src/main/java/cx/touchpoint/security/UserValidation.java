package cx.touchpoint.security;

import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.base.SingleLine;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The rules of a user's details, the same limits as the schema's constraints; input comes back cleaned. */
@Component
class UserValidation {

    private static final String EMAIL_PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    private final AppUserRepository users;
    private final UserQueries queries;

    UserValidation(AppUserRepository users, UserQueries queries) {
        this.users = users;
        this.queries = queries;
    }

    /** The form, trimmed and lower-cased where the schema wants it; {@link InvalidInput} naming the field. */
    UserForm check(UserForm form, Long existingId) {
        String username = form.username() == null ? "" : form.username().strip().toLowerCase(Locale.ROOT);
        String name = form.fullName() == null ? "" : form.fullName().strip();
        String email = form.email() == null ? "" : form.email().strip().toLowerCase(Locale.ROOT);
        if (existingId == null) {
            if (!username.matches(AppUser.USERNAME_PATTERN)) {
                throw InvalidInput.of(
                        "username",
                        "3 to " + AppUser.USERNAME_MAX
                                + " characters: lower-case letters, digits, dot, dash or underscore, starting with a letter.");
            }
            if (users.findByUsername(username).isPresent()) {
                throw InvalidInput.of("username", "This username is taken.");
            }
        }
        if (name.length() < 2 || name.length() > AppUser.FULL_NAME_MAX) {
            throw InvalidInput.of("fullName", "2 to " + AppUser.FULL_NAME_MAX + " characters.");
        }
        if (SingleLine.Check.refuses(name)) {
            throw InvalidInput.of("fullName", "The name " + SingleLine.MESSAGE);
        }
        if (email.length() > AppUser.EMAIL_MAX || !email.matches(EMAIL_PATTERN)) {
            throw InvalidInput.of("email", "An email address such as name@company.com.");
        }
        if (users.countOtherWithEmail(email, existingId) > 0) {
            throw InvalidInput.of("email", "Another user has this email address.");
        }
        if (form.role() == null) {
            throw InvalidInput.of("role", "Choose what the person does in Touchpoint.");
        }
        if (form.teamId() != null && !queries.teamExists(form.teamId())) {
            throw InvalidInput.of("team", "This team no longer exists; choose another.");
        }
        if (form.teamId() == null && (form.role() == Role.SPECIALIST || form.role() == Role.TEAM_LEAD)) {
            throw InvalidInput.of("team", "Team leads and specialists work in a team; choose one.");
        }
        return new UserForm(username, name, email, form.role(), form.teamId());
    }
}
