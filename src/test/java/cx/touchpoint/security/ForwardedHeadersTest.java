package cx.touchpoint.security;

import static org.assertj.core.api.Assertions.assertThat;

import cx.touchpoint.testsupport.TestClockConfig;
import cx.touchpoint.testsupport.TestData;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue #19 finding 8, through the real server (Tomcat's valves run only there): X-Forwarded-* headers count only
 * from the proxy addresses an operator configured. The test client connects from loopback.
 */
class ForwardedHeadersTest {

    static final HttpClient CLIENT = HttpClient.newHttpClient();

    abstract static class Server {

        @LocalServerPort
        int port;

        @Autowired
        TestData data;

        @Autowired
        JdbcClient jdbc;

        @Autowired
        PasswordEncoder encoder;

        void user(String username, String password) {
            long id = data.user(username, Role.TEAM_LEAD, "customer_service");
            jdbc.sql("update app_user set password_hash = :hash where id = :id")
                    .param("hash", encoder.encode(password))
                    .param("id", id)
                    .update();
        }

        HttpResponse<Void> signIn(String username, String password, String forwardedFor) throws Exception {
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            return CLIENT.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("X-Forwarded-For", forwardedFor)
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }

        HttpResponse<Void> get(String path, String... headers) throws Exception {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.discarding());
        }

        static String location(HttpResponse<?> response) {
            return response.headers().firstValue("Location").orElse("");
        }
    }

    /** The default: no proxy configured, so no peer is believed. */
    @Nested
    @SpringBootTest(
            webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "touchpoint.proxy.trusted-addresses=")
    @Import({TestClockConfig.class, TestData.class})
    class NoProxyTrusted extends Server {

        @Test
        void a_rotating_x_forwarded_for_does_not_escape_the_per_address_lock() throws Exception {
            user("fwd.victim", "mountain rivers flow");
            for (int i = 0; i < 5; i++) {
                assertThat(location(signIn("fwd.guess" + i, "wrong password", "198.51.100." + i)))
                        .endsWith("/login?error");
            }
            assertThat(location(signIn("fwd.victim", "mountain rivers flow", "198.51.100.99")))
                    .as("the loopback peer is locked whatever it claims to forward for")
                    .endsWith("/login?error");
        }

        @Test
        void x_forwarded_host_and_proto_do_not_steer_redirects_or_cookies() throws Exception {
            var response = get("/issues", "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https");
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(location(response)).doesNotContain("evil.example").isEqualTo("/login");
            assertThat(response.headers().firstValue("Strict-Transport-Security"))
                    .as("a claimed https from an untrusted peer")
                    .isEmpty();
        }
    }

    /** An operator listed the proxy (here: loopback, where the test client is). */
    @Nested
    @SpringBootTest(
            webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "touchpoint.proxy.trusted-addresses=127.0.0.1,::1")
    @Import({TestClockConfig.class, TestData.class})
    class ProxyTrusted extends Server {

        @Test
        void the_lock_applies_to_the_client_the_trusted_proxy_names() throws Exception {
            user("fwd.alice", "mountain rivers flow");
            for (int i = 0; i < 5; i++) {
                signIn("fwd.other" + i, "wrong password", "203.0.113.66");
            }
            assertThat(location(signIn("fwd.alice", "mountain rivers flow", "203.0.113.66")))
                    .as("the forwarded client is locked")
                    .endsWith("/login?error");
            assertThat(location(signIn("fwd.alice", "mountain rivers flow", "203.0.113.67")))
                    .as("another client behind the same proxy is not")
                    .isEqualTo("/");
        }

        @Test
        void the_trusted_proxys_https_turns_on_hsts_and_secure_cookies_and_redirects_stay_relative() throws Exception {
            var response = get("/login", "X-Forwarded-Proto", "https");
            assertThat(response.headers().firstValue("Strict-Transport-Security"))
                    .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
            assertThat(response.headers().allValues("Set-Cookie"))
                    .anySatisfy(cookie -> assertThat(cookie).contains("Secure"));
            assertThat(location(get("/issues", "X-Forwarded-Host", "evil.example")))
                    .isEqualTo("/login");
        }
    }
}
