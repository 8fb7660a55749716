package cx.touchpoint.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/** The property {@code touchpoint.time-zone} reaches the clock and every pool connection alike. */
@SpringBootTest(properties = {"touchpoint.time-zone=America/New_York", "touchpoint.demo.enabled=false"})
@DirtiesContext
class CompanyTimeZoneConfigTest {

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_clock_and_the_database_sessions_run_in_the_configured_zone() {
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(CompanyTimeZone.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(jdbc.sql("select current_setting('TimeZone')")
                        .query(String.class)
                        .single())
                .isEqualTo("America/New_York");
    }

    @Test
    void an_offset_or_unknown_name_is_refused_with_the_property_named() {
        assertThatThrownBy(() -> CompanyTimeZone.parse("+02:00"))
                .hasMessageContaining("touchpoint.time-zone")
                .hasMessageContaining("+02:00");
        assertThatThrownBy(() -> CompanyTimeZone.parse("Mars/Olympus")).hasMessageContaining("Mars/Olympus");
        assertThat(CompanyTimeZone.parse(" Europe/Berlin ")).isEqualTo(ZoneId.of("Europe/Berlin"));
    }
}
