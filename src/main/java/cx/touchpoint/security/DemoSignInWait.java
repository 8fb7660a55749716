package cx.touchpoint.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A sign-in posted while the demo company is being prepared waits until it is ready (the users are
 * committed with it) and then goes through as usual, so the demo credentials printed on the login page
 * are never called wrong. Past {@link #LONGEST_WAIT} the visitor is sent back to the login page, which
 * says that the demo data is still being prepared.
 */
class DemoSignInWait extends OncePerRequestFilter {

    /** Longer than the slowest preparation seen (84 s on a busy 2-core machine). */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(150);

    private final DemoPreparation preparation;
    private final Duration longestWait;

    DemoSignInWait(DemoPreparation preparation, Duration longestWait) {
        this.preparation = preparation;
        this.longestWait = longestWait;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!preparation.progress().ready() && !preparation.awaitReady(longestWait)) {
            response.sendRedirect(request.getContextPath() + "/login?preparing");
            return;
        }
        chain.doFilter(request, response);
    }
}
