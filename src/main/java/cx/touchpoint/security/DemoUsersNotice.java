package cx.touchpoint.security;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The demo sign-ins shown on the login page, only while demo data is on. */
@Component
public class DemoUsersNotice {

    public static final String DEMO_PASSWORD = "touchpoint";

    /** A demo sign-in: the username and what that role sees. */
    public record DemoLogin(String username, String role) {}

    private static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("executive", "Executive: experience review, segments, gaps"),
            new DemoLogin("account.exec", "Account executive: own accounts, surveys"),
            new DemoLogin("team.lead", "Team lead of customer service: issue board"),
            new DemoLogin("specialist", "Specialist in product development: my issues"),
            new DemoLogin("admin", "Admin: users, teams, routing rules"));

    private final boolean demoEnabled;

    DemoUsersNotice(@Value("${touchpoint.demo.enabled:false}") boolean demoEnabled) {
        this.demoEnabled = demoEnabled;
    }

    /** Whether demo mode is on: every page then shows that its data is not for real customers. */
    public boolean demoMode() {
        return demoEnabled;
    }

    public List<DemoLogin> logins() {
        return demoEnabled ? LOGINS : List.of();
    }
}
