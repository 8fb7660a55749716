package cx.touchpoint.security;

/** What an admin enters for a team; lead and general manager are user ids ({@code null}: none yet). */
public record TeamForm(String name, String businessFunction, Long leadId, Long generalManagerId) {

    public static final int NAME_MAX = 80;
    public static final int FUNCTION_MAX = 80;
}
