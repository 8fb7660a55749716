package cx.touchpoint.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.MutableClock;
import cx.touchpoint.testsupport.TestClockConfig;
import cx.touchpoint.testsupport.TestData;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * API Basic authentication counts with the sign-in throttle (issue 19 #7): after 5 wrong tokens within 15
 * minutes (touchpoint.sign-in.*) every attempt is 429 with Retry-After, the right token too, until the
 * window has passed; one address guessing other usernames is locked as well.
 */
@DatabaseTest
@AutoConfigureMockMvc
class ApiThrottleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.set(TestClockConfig.START);
    }

    /** A client address of its own, so no other test's requests (from 127.0.0.1) share its lock. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private MockHttpServletRequestBuilder accounts(String address, String username, String token) {
        return get("/api/v1/accounts").with(from(address)).with(httpBasic(username, token));
    }

    @Test
    void five_wrong_tokens_then_429_with_retry_after_and_the_right_token_waits_for_the_window() throws Exception {
        String token = ApiUsers.tokenOf(data, tokens, "throttle.exec", Role.EXECUTIVE);
        for (int i = 0; i < 5; i++) {
            mvc.perform(accounts("203.0.113.10", "throttle.exec", "tp_wrong" + i))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(accounts("203.0.113.10", "throttle.exec", "tp_wrong5"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "900"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        // the right token, even from another address: the username is locked
        mvc.perform(accounts("203.0.113.11", "throttle.exec", token)).andExpect(status().isTooManyRequests());

        clock.advance(Duration.ofMinutes(14));
        mvc.perform(accounts("203.0.113.11", "throttle.exec", token))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "60"));

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        mvc.perform(accounts("203.0.113.11", "throttle.exec", token)).andExpect(status().isOk());
    }

    @Test
    void one_address_guessing_many_usernames_is_locked_for_every_username() throws Exception {
        String token = ApiUsers.tokenOf(data, tokens, "throttle.other", Role.EXECUTIVE);
        for (int i = 0; i < 5; i++) {
            mvc.perform(accounts("203.0.113.20", "guess" + i, "tp_wrong")).andExpect(status().isUnauthorized());
        }
        mvc.perform(accounts("203.0.113.20", "throttle.other", token))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        mvc.perform(accounts("203.0.113.21", "throttle.other", token)).andExpect(status().isOk());
    }
}
