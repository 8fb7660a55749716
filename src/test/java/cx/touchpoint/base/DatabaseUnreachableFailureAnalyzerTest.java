package cx.touchpoint.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DatabaseUnreachableFailureAnalyzerTest {

    @Test
    void names_the_url_and_how_to_start_postgresql() {
        var environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/x");
        var analyzer = new DatabaseUnreachableFailureAnalyzer(environment);

        var analysis = analyzer.analyze(new IllegalStateException("boom", new ConnectException("Connection refused")));

        assertThat(analysis.getDescription())
                .contains("jdbc:postgresql://db:5432/x")
                .contains("Connection refused");
        assertThat(analysis.getAction())
                .contains("pg_ctlcluster")
                .contains("docker compose -f docker/compose.yaml up -d db");
    }
}
