package cx.touchpoint.security;

import org.springframework.context.ApplicationContext;

/** For browser journeys: a fresh one-time setup token, as the application prints it to its log at start. */
public final class SetupLinks {

    private SetupLinks() {}

    public static String newToken(ApplicationContext context) {
        return context.getBean(SetupToken.class).renew();
    }
}
