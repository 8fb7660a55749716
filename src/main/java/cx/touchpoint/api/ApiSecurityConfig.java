package cx.touchpoint.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import cx.touchpoint.security.SignInThrottle;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The REST API's own security: HTTP Basic with username and personal API token, no session, no CSRF
 * (no cookies are involved), JSON problem details for 401, 403 and 429 (failed sign-ins count with the
 * sign-in throttle: {@link ApiTokenAuthentication}). The OpenAPI document and Swagger UI
 * are public. Checked before the Vaadin UI's chain.
 */
@Configuration
class ApiSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            ApiTokenService tokens,
            SignInThrottle throttle,
            Clock clock,
            ObjectMapper json,
            @org.springframework.beans.factory.annotation.Value("${touchpoint.api.requests-per-minute:120}")
                    int perMinute)
            throws Exception {
        var authentication = new ProviderManager(List.of(new ApiTokenAuthentication(tokens, throttle)));
        http.securityMatcher("/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/api/docs",
                                "/api/docs/**",
                                // where springdoc redirects /api/docs (with springdoc.swagger-ui.path=/api/docs)
                                "/api/swagger-ui/**",
                                "/api/openapi",
                                "/api/openapi/**",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .authenticationManager(authentication)
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    if (e instanceof ApiTokenAuthentication.Locked locked) {
                        long seconds = locked.secondsFrom(clock);
                        response.setHeader("Retry-After", Long.toString(seconds));
                        problem(
                                json,
                                response,
                                HttpStatus.TOO_MANY_REQUESTS,
                                "Too many failed sign-ins for this username or from this address: every attempt"
                                        + " is refused for " + seconds + " s more, the right token too.");
                        return;
                    }
                    problem(
                            json,
                            response,
                            HttpStatus.UNAUTHORIZED,
                            "Sign in with HTTP Basic: your username and a"
                                    + " personal API token (create one on your profile page). " + e.getMessage());
                }))
                .exceptionHandling(errors -> errors.accessDeniedHandler(
                        (request, response, e) -> problem(json, response, HttpStatus.FORBIDDEN, e.getMessage())))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new ApiRateLimit(perMinute, json), BasicAuthenticationFilter.class);
        return http.build();
    }

    static void problem(ObjectMapper json, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Touchpoint API\"");
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(status, detail));
    }
}
