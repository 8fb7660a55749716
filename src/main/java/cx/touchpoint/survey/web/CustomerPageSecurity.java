package cx.touchpoint.survey.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The customers' pages' own filter chains, checked before the staff application's: public and without a
 * session. The unsubscribe page takes no CSRF token, because the token in the link authenticates the
 * request and a mailbox provider's one-click POST (RFC 8058) carries no CSRF token; its pages load nothing
 * but their own inline styles. The draft review and answer pages (and their stylesheet and script under
 * {@code /customer/}) protect their forms with a CSRF token kept in a cookie (double submit) instead of
 * a session, and load only their own stylesheet and script; a refused token shows the "form expired"
 * page ({@link CustomerPageProblems}).
 */
@Configuration
class CustomerPageSecurity {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self';"
            + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @Bean
    @Order(2)
    SecurityFilterChain unsubscribePageSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/unsubscribe/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    static final String FORMS_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; script-src 'self';"
            + " img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    @Order(2)
    SecurityFilterChain customerFormsSecurity(HttpSecurity http) throws Exception {
        var csrfCookie = new CookieCsrfTokenRepository();
        csrfCookie.setCookieCustomizer(cookie -> cookie.sameSite("Strict").httpOnly(true));
        http.securityMatcher("/respond/**", "/draft/**", "/customer/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) -> {
                    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                    request.getRequestDispatcher(CustomerPageProblems.FORM_EXPIRED)
                            .forward(request, response);
                }))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(FORMS_CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }
}
