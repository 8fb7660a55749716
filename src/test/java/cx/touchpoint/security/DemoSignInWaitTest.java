package cx.touchpoint.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Issue 18 E22: signing in while the demo company is being prepared. The demo users are committed with
 * the demo data; a sign-in posted before then waits and goes through, never "Incorrect username or
 * password" for the credentials printed on the login page.
 */
class DemoSignInWaitTest {

    @Test
    void the_progress_is_told_until_the_demo_data_is_ready() {
        var demo = new DemoPreparation(true);
        assertThat(demo.progress().ready()).isFalse();

        demo.reached(45, "Replaying the last 90 days");
        assertThat(demo.progress()).isEqualTo(new DemoPreparation.Progress(false, 45, "Replaying the last 90 days"));
        demo.reached(140, "Too far");
        assertThat(demo.progress().percent()).isEqualTo(99);
        assertThat(demo.awaitReady(Duration.ofMillis(20))).isFalse();

        demo.finished();
        demo.reached(50, "Late report");
        assertThat(demo.progress()).isEqualTo(new DemoPreparation.Progress(true, 100, "Ready"));
        assertThat(demo.awaitReady(Duration.ZERO)).isTrue();
        assertThat(new DemoPreparation(false).progress().ready())
                .as("without demo data nothing is prepared")
                .isTrue();
    }

    @Test
    void a_sign_in_posted_while_preparing_waits_and_is_checked_once_the_users_are_committed() throws Exception {
        var demo = new DemoPreparation(true);
        var usersCommitted = new AtomicBoolean();
        var filter = new DemoSignInWait(demo, Duration.ofSeconds(30));
        var response = new MockHttpServletResponse();
        var checkedWithUsers = new AtomicBoolean();

        var signIn = CompletableFuture.runAsync(() -> {
            try {
                filter.doFilter(
                        signInRequest(), response, (request, res) -> checkedWithUsers.set(usersCommitted.get()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        assertThat(signIn).as("still waiting while the data is prepared").isNotDone();
        usersCommitted.set(true);
        demo.finished();

        signIn.get(10, TimeUnit.SECONDS);
        assertThat(checkedWithUsers)
                .as("the credentials were checked after the users existed")
                .isTrue();
        assertThat(response.getRedirectedUrl()).isNull();
    }

    @Test
    void a_sign_in_that_waited_too_long_says_the_demo_is_still_being_prepared_not_that_it_is_wrong() throws Exception {
        var demo = new DemoPreparation(true);
        var filter = new DemoSignInWait(demo, Duration.ofMillis(50));
        var response = new MockHttpServletResponse();
        var checked = new AtomicBoolean();

        filter.doFilter(signInRequest(), response, (request, res) -> checked.set(true));

        assertThat(checked).isFalse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?preparing");
    }

    @Test
    void other_requests_and_sign_ins_after_the_preparation_do_not_wait() throws Exception {
        var demo = new DemoPreparation(true);
        var filter = new DemoSignInWait(demo, Duration.ofSeconds(30));
        var passed = new AtomicBoolean();
        var page = new MockHttpServletRequest("GET", "/login");
        page.setServletPath("/login");

        filter.doFilter(page, new MockHttpServletResponse(), (request, res) -> passed.set(true));
        assertThat(passed).isTrue();

        demo.finished();
        passed.set(false);
        long started = System.nanoTime();
        filter.doFilter(signInRequest(), new MockHttpServletResponse(), (request, res) -> passed.set(true));
        assertThat(passed).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    private static MockHttpServletRequest signInRequest() {
        var request = new MockHttpServletRequest("POST", "/login");
        request.setServletPath("/login");
        request.addParameter("username", "executive");
        request.addParameter("password", DemoUsersNotice.DEMO_PASSWORD);
        return request;
    }
}
