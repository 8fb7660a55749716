package cx.touchpoint.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in posted from another site (login cross-site request forgery): browsers name the page's
 * origin on every POST, and it must be this server's. Vaadin's login form carries no CSRF token, so this
 * check is what protects it; behind a proxy the forwarded scheme and host count.
 */
class SameOriginSignIn extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equalsIgnoreCase(request.getMethod())
                || !"/login"
                        .equals(request.getServletPath()
                                + (request.getPathInfo() == null ? "" : request.getPathInfo()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            origin = request.getHeader("Referer");
        }
        if (origin != null && !sameOrigin(origin, request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Sign-in must come from Touchpoint's own page");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin.strip());
            return uri.getScheme() != null
                    && uri.getScheme().equalsIgnoreCase(request.getScheme())
                    && uri.getHost() != null
                    && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && port(uri.getPort(), uri.getScheme()) == port(request.getServerPort(), request.getScheme());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(int port, String scheme) {
        return port > 0 ? port : "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
