package cx.touchpoint.security;

/** The signed-in person as their profile page shows them. */
public record Profile(
        String username, String fullName, String email, Role role, String team, boolean mustChangePassword) {}
