package cx.touchpoint.security;

/** What an admin enters for a user: the username is fixed once created. Team: {@code null} for none. */
public record UserForm(String username, String fullName, String email, Role role, Long teamId) {}
