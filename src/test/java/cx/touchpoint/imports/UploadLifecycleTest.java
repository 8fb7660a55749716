package cx.touchpoint.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cx.touchpoint.security.Role;
import cx.touchpoint.testsupport.DatabaseTest;
import cx.touchpoint.testsupport.TestData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.util.unit.DataSize;

/** An upload is kept only while someone can still import it, and each person's uploads are capped. */
@DatabaseTest
@Import(InlineImports.class)
class UploadLifecycleTest {

    @Autowired
    ImportService imports;

    @Autowired
    UploadStore store;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TestData data;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        new ImportFixtures(data, dir).signIn("admin.uploads", Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    Path receive(String content, String session) {
        return imports.receive(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), session);
    }

    static String columns(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "c" + i).collect(Collectors.joining(",")) + "\r\n";
    }

    @Test
    void a_discarded_upload_is_deleted() {
        Path file = receive("external_id,name\r\nX,Y\r\n", "s-discard");
        assertThat(file).exists().startsWith(store.dir());

        imports.discard(file);

        assertThat(file).doesNotExist();
    }

    @Test
    void a_file_of_600_columns_is_refused_before_any_work_and_deleted() {
        Path file = receive(columns(600) + columns(600), "s-wide");

        assertThatThrownBy(() -> imports.preview(file, ImportKind.ACCOUNTS, null))
                .isInstanceOf(ImportRefused.class)
                .hasMessage("The file has more than 500 columns (row 1). Touchpoint imports at most 500: remove"
                        + " the columns you do not need and upload it again.");
        assertThat(file).doesNotExist();
    }

    @Test
    void a_file_of_100000_columns_is_refused_at_its_501st_column() {
        Path file = receive(columns(100_000), "s-very-wide");

        assertThatThrownBy(() -> imports.preview(file, ImportKind.RESPONSES, null))
                .isInstanceOf(ImportRefused.class)
                .hasMessageContaining("more than 500 columns");
        assertThat(file).doesNotExist();
    }

    @Test
    void a_record_longer_than_the_limit_is_refused_before_it_is_held_in_memory() {
        Path file = receive("external_id,name\r\n\"never closed," + "x".repeat(CsvSource.MAX_RECORD_CHARS), "s-long");

        assertThatThrownBy(() -> imports.preview(file, ImportKind.ACCOUNTS, null))
                .isInstanceOf(ImportRefused.class)
                .hasMessageStartingWith("Row 2 of the file is longer than 1000000 characters");
        assertThat(file).doesNotExist();
    }

    @Test
    void the_uploads_of_a_session_that_ends_are_deleted_and_another_sessions_stay() {
        Path ended = receive("external_id,name\r\nX,Y\r\n", "s-ended");
        Path other = receive("external_id,name\r\nX,Y\r\n", "s-other");

        events.publishEvent(new HttpSessionDestroyedEvent(new MockHttpSession(null, "s-ended")));

        assertThat(ended).doesNotExist();
        assertThat(other).exists();
        imports.discard(other);
    }

    @Test
    void uploads_left_by_a_stopped_server_are_deleted_at_start_up() throws IOException {
        Path orphan = Files.writeString(store.dir().resolve("42-left-behind.csv"), "external_id\r\nX\r\n");

        store.deleteOrphans();

        assertThat(orphan).doesNotExist();
    }

    @Test
    void each_persons_uploads_are_capped_and_an_upload_over_the_limit_leaves_nothing(@TempDir Path storeDir)
            throws IOException {
        var small = new UploadStore(storeDir, DataSize.ofMegabytes(1));
        small.deleteOrphans();
        byte[] sixty = new byte[600 * 1024];
        Path first = small.store(7, new ByteArrayInputStream(sixty), 1 << 20, null);

        assertThatThrownBy(() -> small.store(7, new ByteArrayInputStream(sixty), 1 << 20, null))
                .isInstanceOf(ImportRefused.class)
                .hasMessage("Each person may keep at most 1 MB of uploads at once, and yours already take less than"
                        + " 1 MB with this file still to come. Import or discard the file you uploaded before, or wait"
                        + " until your running imports finish.");
        assertThatThrownBy(() -> small.store(8, new ByteArrayInputStream(sixty), 10 * 1024, null))
                .isInstanceOf(ImportRefused.class)
                .hasMessageStartingWith("The file is larger than the upload limit");
        try (var files = Files.list(storeDir)) {
            assertThat(files.toList()).containsExactly(first);
        }
        assertThat(small.store(8, new ByteArrayInputStream(sixty), 1 << 20, null))
                .as("another person's uploads count on their own")
                .exists();
    }
}
