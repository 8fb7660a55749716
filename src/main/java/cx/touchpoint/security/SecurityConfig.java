package cx.touchpoint.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import cx.touchpoint.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Deny by default: every view names its roles; only login, first-admin setup, health and static icons are
 * public. Headers: a Content-Security-Policy Vaadin works with, Referrer-Policy, Permissions-Policy, HSTS on
 * HTTPS (behind a proxy listed in {@code touchpoint.proxy.trusted-addresses}, see {@link TrustedProxies}). Sessions are
 * registered so that disabling a user ends theirs.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    /**
     * Vaadin's client needs inline bootstrap script and eval for templates, and inline styles; everything
     * else comes from this origin.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessions, DemoPreparation demo)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                        "/actuator/health", "/actuator/health/**", "/icons/**", "/favicon.svg", "/favicon.ico")
                .permitAll());
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        http.sessionManagement(
                session -> session.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login"));
        // Vaadin's login form carries no CSRF token: a sign-in must be posted from Touchpoint's own page
        http.addFilterBefore(new SameOriginSignIn(), UsernamePasswordAuthenticationFilter.class);
        // while the demo company is being prepared, a sign-in waits for its users instead of failing
        http.addFilterBefore(
                new DemoSignInWait(demo, DemoSignInWait.LONGEST_WAIT), UsernamePasswordAuthenticationFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end, so it does not grow forever. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
