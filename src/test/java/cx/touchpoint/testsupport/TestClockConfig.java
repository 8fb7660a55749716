package cx.touchpoint.testsupport;

import cx.touchpoint.base.CompanyTimeZone;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
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
    MutableClock testClock(@Value("${touchpoint.time-zone}") String timeZone) {
        return new MutableClock(START, CompanyTimeZone.parse(timeZone));
    }
}
