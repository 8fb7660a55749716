package cx.touchpoint.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchRuntimeException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cx.touchpoint.admin.ReferenceAdministration;
import cx.touchpoint.admin.ReferenceInput;
import cx.touchpoint.admin.ReferenceKind;
import cx.touchpoint.security.Role;
import cx.touchpoint.security.SignInProblem;
import cx.touchpoint.security.SignedInUser;
import cx.touchpoint.testsupport.TcpProxy;
import cx.touchpoint.testsupport.TestClockConfig;
import cx.touchpoint.testsupport.TestData;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The database really goes away and comes back: the app's connections run through a relay on loopback
 * ({@link TcpProxy}) in front of the test PostgreSQL, which the test stops and starts again.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestClockConfig.class, TestData.class})
class DatabaseDownTest {

    private static final TcpProxy DATABASE = TcpProxy.to("127.0.0.1", 5432);
    private static final String PASSWORD = "granite harbour lights";

    @DynamicPropertySource
    static void throughTheRelay(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + DATABASE.port() + "/postgres");
        registry.add("spring.datasource.hikari.connection-timeout", () -> "1000");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ReferenceAdministration referenceData;

    @AfterEach
    void databaseBack() {
        DATABASE.start();
        SecurityContextHolder.clearContext();
    }

    @AfterAll
    static void closeRelay() {
        DATABASE.close();
    }

    @Test
    void while_the_database_is_down_sign_in_and_changes_say_so_and_both_work_again_once_it_is_back() throws Exception {
        long dana = data.user("down.dana", Role.TEAM_LEAD);
        jdbc.sql("update app_user set password_hash = :hash where id = :id")
                .param("hash", encoder.encode(PASSWORD))
                .param("id", dana)
                .update();
        var admin = data.signIn("down.admin", Role.ADMIN);
        assertThat(signIn("10.30.0.1").getResponse().getRedirectedUrl()).isEqualTo("/");

        DATABASE.stop();

        MvcResult refused = signIn("10.30.0.2");
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(problem(refused)).isEqualTo(SignInProblem.DATABASE_DOWN);
        assertThat(problem(refused).title()).isEqualTo("Touchpoint cannot reach its database");
        actAs(admin);
        RuntimeException notSaved = catchRuntimeException(
                () -> referenceData.create(ReferenceKind.SERVICE_PLATFORM, ReferenceInput.named("Down platform")));
        assertThat(DatabaseFailures.unreachable(notSaved))
                .as("shown as \"%s\"", DatabaseFailures.MESSAGE)
                .isTrue();

        DATABASE.start();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        String redirect = null;
        while (Instant.now().isBefore(deadline) && !"/".equals(redirect)) {
            redirect = signIn("10.30.0.3").getResponse().getRedirectedUrl();
        }
        assertThat(redirect).as("signs in again without a restart").isEqualTo("/");
        actAs(admin);
        assertThat(count("Down platform"))
                .as("the change made while down was not saved")
                .isZero();
        long id = referenceData.create(ReferenceKind.SERVICE_PLATFORM, ReferenceInput.named("Back platform"));
        assertThat(count("Back platform")).isEqualTo(1);
        referenceData.delete(ReferenceKind.SERVICE_PLATFORM, id);
    }

    /** Signs in for service calls (a request through MockMvc clears the thread's security context). */
    private static void actAs(SignedInUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private MvcResult signIn(String address) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", "down.dana")
                        .param("password", PASSWORD)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn();
    }

    private static SignInProblem problem(MvcResult result) {
        var session = result.getRequest().getSession(false);
        return SignInProblem.of(session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION));
    }

    private int count(String platform) {
        return jdbc.sql("select count(*) from service_platform where name = :n")
                .param("n", platform)
                .query(Integer.class)
                .single();
    }
}
