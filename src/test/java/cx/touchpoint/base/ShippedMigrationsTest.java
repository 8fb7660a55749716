package cx.touchpoint.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A migration that has shipped is never edited (Flyway would refuse to start on every database that
 * ran the old text): the build fails when one listed in {@code db/shipped-migrations.sha256} changed
 * or disappeared.
 */
class ShippedMigrationsTest {

    @Test
    void no_shipped_migration_has_changed() throws Exception {
        Map<String, String> shipped = shipped();
        assertThat(shipped).containsKey("V1__domain.sql");
        Map<String, String> now = new LinkedHashMap<>();
        for (String file : shipped.keySet()) {
            now.put(file, sha256("db/migration/" + file));
        }
        assertThat(now)
                .as("shipped migrations must stay as they shipped; add a new migration instead of editing one")
                .isEqualTo(shipped);
    }

    static Map<String, String> shipped() throws IOException {
        Map<String, String> shipped = new LinkedHashMap<>();
        try (InputStream in = resource("db/shipped-migrations.sha256")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.trim().split("\\s+", 2);
                shipped.put(parts[1].replaceFirst("^.*/", ""), parts[0]);
            }
        }
        return shipped;
    }

    static String sha256(String path) throws IOException, NoSuchAlgorithmException {
        try (InputStream in = resource(path)) {
            if (in == null) {
                return "missing";
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        }
    }

    static InputStream resource(String path) {
        return ShippedMigrationsTest.class.getClassLoader().getResourceAsStream(path);
    }
}
