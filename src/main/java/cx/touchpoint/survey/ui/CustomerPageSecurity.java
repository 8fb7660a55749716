package cx.touchpoint.survey.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * The customers' pages (draft review, answer, thank-you; their stylesheet and script under
 * {@code /customer/}) outside the staff application's security: no login, no session, CSRF-protected
 * forms with the token in a cookie (double submit) instead of a session, and a strict
 * Content-Security-Policy, since these pages need neither inline script nor eval. A refused CSRF
 * token shows the "form expired" page ({@link CustomerPageProblems}).
 */
@Configuration
class CustomerPageSecurity {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; script-src 'self';"
            + " img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    @Order(2)
    SecurityFilterChain customerPages(HttpSecurity http) throws Exception {
        var csrfCookie = new CookieCsrfTokenRepository();
        csrfCookie.setCookieCustomizer(cookie -> cookie.sameSite("Strict").httpOnly(true));
        http.securityMatcher("/respond/**", "/draft/**", "/customer/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie))
                .exceptionHandling(errors -> errors.accessDeniedHandler(
                        (request, response, denied) -> request.getRequestDispatcher(CustomerPageProblems.FORM_EXPIRED)
                                .forward(request, response)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }
}
