package cx.touchpoint.imports;

import cx.touchpoint.security.Role;
import cx.touchpoint.security.SignedInUser;
import cx.touchpoint.testsupport.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reference data, users and files for import tests. */
final class ImportFixtures {

    private final TestData data;
    private final Path dir;

    ImportFixtures(TestData data, Path dir) {
        this.data = data;
        this.dir = dir;
        data.verticalMarket("Manufacturing", "Industry");
        data.verticalMarket("Retail", "Retail and distribution");
        data.location("Europe", "Germany");
        data.location("Europe", "Austria");
        data.platform("Cloud");
        data.platform("On-premises");
    }

    SignedInUser signIn(String username, Role role) {
        long id = data.user(username, role);
        var user = new SignedInUser(id, username, "Test " + username, role, null, "{noop}x");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        return user;
    }

    Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    Path fileWithBom(String name, String content) throws IOException {
        return file(name, "\uFEFF" + content);
    }

    long count(String sql) {
        return data.jdbc().sql(sql).query(Long.class).single();
    }
}
