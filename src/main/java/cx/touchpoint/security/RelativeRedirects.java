package cx.touchpoint.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Redirects within Touchpoint name no host: an absolute redirect to the request's own host (Spring Security builds
 * {@code http://<host>/login} from the request, whose host a client can claim with {@code Host} or, through a
 * trusted proxy, {@code X-Forwarded-Host}) is sent as its path only, and the browser stays on the address it used,
 * the public URL (issue #19 finding 8). Tomcat keeps relative redirects relative
 * ({@code server.tomcat.use-relative-redirects=true}).
 */
@Configuration
class RelativeRedirects {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> relativeRedirectFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(request, new Relative(request, response));
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** {@code location} without scheme and host when it points at the request's own host; else unchanged. */
    static String relative(String location, HttpServletRequest request) {
        if (location == null) {
            return null;
        }
        try {
            URI uri = URI.create(location);
            if (!uri.isAbsolute()
                    || uri.getHost() == null
                    || !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return location;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        } catch (IllegalArgumentException notAUri) {
            return location;
        }
    }

    private static final class Relative extends HttpServletResponseWrapper {
        private final HttpServletRequest request;

        Relative(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(relative(location, request));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Location".equalsIgnoreCase(name) ? relative(value, request) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, "Location".equalsIgnoreCase(name) ? relative(value, request) : value);
        }
    }
}
