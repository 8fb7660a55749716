package cx.touchpoint.testsupport;

import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Every test context runs on a clock fixed at {@link #START}; tests may move it. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfig {

    /** A Wednesday in the middle of 2026 Q2. */
    public static final Instant START = Instant.parse("2026-05-13T10:00:00Z");

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(START, ZoneId.of("UTC"));
    }
}
