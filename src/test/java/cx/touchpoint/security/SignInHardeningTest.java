package cx.touchpoint.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cx.touchpoint.testsupport.TestClockConfig;
import cx.touchpoint.testsupport.TestData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The sign-in as a browser meets it, through the real security filters and server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({TestClockConfig.class, TestData.class})
@ExtendWith(OutputCaptureExtension.class)
class SignInHardeningTest {

    private static final AtomicInteger ADDRESS = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserAdministration administration;

    @LocalServerPort
    int port;

    @AfterEach
    void signOut() {
        SecurityFixtures.signOut();
    }

    @Test
    void a_correct_password_signs_in_and_a_wrong_one_says_only_that_the_pair_is_wrong() throws Exception {
        user("hard.erin", "mountain rivers flow");
        String address = nextAddress();

        assertThat(signIn("hard.erin", "mountain rivers flow", address)
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/");
        MvcResult wrong = signIn("hard.erin", "wrong password here", address);
        MvcResult unknown = signIn("no.such.person", "wrong password here", address);

        assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(problem(wrong)).isEqualTo(SignInProblem.WRONG_CREDENTIALS);
        assertThat(problem(unknown)).isEqualTo(SignInProblem.WRONG_CREDENTIALS);
    }

    @Test
    void a_sign_in_posted_from_another_site_is_refused_and_one_from_touchpoints_own_page_is_not() throws Exception {
        user("hard.origin", "mountain rivers flow");

        var forged = mvc.perform(post("/login")
                        .header("Origin", "https://evil.example")
                        .param("username", "hard.origin")
                        .param("password", "mountain rivers flow")
                        .with(address(nextAddress())))
                .andReturn();
        assertThat(forged.getResponse().getStatus()).isEqualTo(403);
        var session = forged.getRequest().getSession(false);
        assertThat(session == null ? null : session.getAttribute("SPRING_SECURITY_CONTEXT"))
                .as("not signed in")
                .isNull();

        var own = mvc.perform(post("/login")
                        .header("Origin", "http://localhost")
                        .param("username", "hard.origin")
                        .param("password", "mountain rivers flow")
                        .with(address(nextAddress())))
                .andReturn();
        assertThat(own.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void attempts_on_a_locked_user_log_one_warn_line_without_a_stack_trace(CapturedOutput output) throws Exception {
        user("hard.logged", "mountain rivers flow");
        for (int i = 0; i < 5; i++) {
            signIn("hard.logged", "wrong password " + i, nextAddress());
        }
        int before = output.length();
        for (int i = 0; i < 20; i++) {
            assertThat(problem(signIn("hard.logged", "mountain rivers flow", nextAddress())))
                    .isEqualTo(SignInProblem.LOCKED);
        }
        String logged = output.toString().substring(before);

        assertThat(logged.lines().filter(line -> line.contains("Sign-in refused while locked")))
                .as("one line for twenty attempts within the minute")
                .singleElement()
                .satisfies(line -> assertThat(line).contains("WARN").contains("'hard.logged'"));
        assertThat(logged).doesNotContain("ERROR", "InternalAuthenticationServiceException", "\tat ");
        assertThat(logged.length()).as("not 17.7 KB per attempt").isLessThan(2_000);
    }

    @Test
    void five_failures_lock_the_username_even_for_the_right_password_until_an_admin_unlocks_it() throws Exception {
        long id = user("hard.lock", "mountain rivers flow");
        for (int i = 0; i < 5; i++) {
            signIn("hard.lock", "wrong password " + i, nextAddress());
        }

        MvcResult locked = signIn("hard.lock", "mountain rivers flow", nextAddress());
        assertThat(locked.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(problem(locked)).isEqualTo(SignInProblem.LOCKED);

        for (int i = 0; i < 5; i++) {
            signIn("hard.nobody", "wrong password " + i, nextAddress());
        }
        assertThat(problem(signIn("hard.nobody", "anything at all", nextAddress())))
                .as("an unknown username locks exactly like a real one")
                .isEqualTo(SignInProblem.LOCKED);

        SecurityFixtures.signIn(data, "hard.unlocker", Role.ADMIN, null);
        administration.unlock(id);
        SecurityFixtures.signOut();
        assertThat(signIn("hard.lock", "mountain rivers flow", nextAddress())
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void a_disabled_user_cannot_sign_in_and_their_open_session_ends() throws Exception {
        long id = user("hard.leaver", "mountain rivers flow");
        MvcResult signedIn = signIn("hard.leaver", "mountain rivers flow", nextAddress());
        var session = (MockHttpSession) signedIn.getRequest().getSession();
        assertThat(mvc.perform(get("/issues").session(session))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isNull();

        SecurityFixtures.signIn(data, "hard.disabler", Role.ADMIN, null);
        administration.setEnabled(id, 0, false);
        SecurityFixtures.signOut();

        assertThat(mvc.perform(get("/issues").session(session))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login");
        MvcResult again = signIn("hard.leaver", "mountain rivers flow", nextAddress());
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(problem(again)).isEqualTo(SignInProblem.WRONG_CREDENTIALS);
    }

    @Test
    void pages_carry_the_security_headers_and_https_behind_a_proxy_gets_hsts_and_a_secure_cookie() throws Exception {
        var client = HttpClient.newHttpClient();
        var plain = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(plain.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
        assertThat(plain.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(plain.headers().firstValue("Permissions-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy).contains("camera=()"));
        assertThat(plain.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(plain.headers().firstValue("Strict-Transport-Security"))
                .as("no HSTS over plain HTTP")
                .isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .contains("SameSite=Lax")
                .contains("HttpOnly")
                .doesNotContain("Secure"));

        // X-Forwarded-Proto from a configured proxy: ForwardedHeadersTest (none is trusted by default)
    }

    private long user(String username, String password) {
        long id = data.user(username, Role.TEAM_LEAD, "customer_service");
        jdbc.sql("update app_user set password_hash = :hash where id = :id")
                .param("hash", encoder.encode(password))
                .param("id", id)
                .update();
        return id;
    }

    private MvcResult signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .with(csrf())
                        .with(address(address)))
                .andReturn();
    }

    private static SignInProblem problem(MvcResult result) {
        var session = result.getRequest().getSession(false);
        return SignInProblem.of(session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION));
    }

    private static RequestPostProcessor address(String address) {
        return (MockHttpServletRequest request) -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String nextAddress() {
        return "10.20.0." + ADDRESS.incrementAndGet();
    }
}
