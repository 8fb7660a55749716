package cx.touchpoint.imports;

import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Uploaded files waiting to be previewed or imported, in one directory of their own
 * ({@code touchpoint.import.upload-dir}; by default one per database schema under the temp directory). A
 * file lives only as long as someone can still import it: it is deleted when its import ends, when the
 * person discards it, uploads another or leaves the page, when the file is refused, when the session it
 * was uploaded in ends, and at start-up (what a stopped server left behind). Each person may keep at most
 * {@code touchpoint.import.max-stored-per-user} at once.
 */
@Component
class UploadStore {

    private static final Logger log = LoggerFactory.getLogger(UploadStore.class);

    private final Path dir;
    private final long maxPerUser;
    /** Uploads of a browser session not yet handed to an import, by file → HTTP session id. */
    private final Map<Path, String> sessionOf = new ConcurrentHashMap<>();

    UploadStore(
            @Value("${touchpoint.import.upload-dir:${java.io.tmpdir}/touchpoint-uploads/${touchpoint.db.schema}}")
                    Path dir,
            @Value("${touchpoint.import.max-stored-per-user:500MB}") DataSize maxPerUser) {
        this.dir = dir.toAbsolutePath().normalize();
        this.maxPerUser = maxPerUser.toBytes();
    }

    /** Files left by a server that stopped can no longer be imported by anyone: delete them. */
    @PostConstruct
    void deleteOrphans() throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(dir)) {
            long deleted = files.filter(Files::isRegularFile)
                    .filter(file -> delete(file))
                    .count();
            if (deleted > 0) {
                log.info("Deleted {} upload(s) left by an earlier run in {}", deleted, dir);
            }
        }
    }

    Path dir() {
        return dir;
    }

    long maxPerUser() {
        return maxPerUser;
    }

    /**
     * Writes the upload to a new file of the user's, stopping (and deleting what was written) as soon as it
     * passes {@code maxBytes} or the user's total passes the per-user limit.
     *
     * @param session the HTTP session the upload belongs to (its files are deleted when it ends); null for
     *     an API request, whose file is handed to its import at once
     * @throws ImportRefused when a limit is passed
     */
    Path store(long userId, InputStream content, long maxBytes, String session) {
        long before = storedBy(userId);
        if (before >= maxPerUser) {
            throw overQuota(before);
        }
        Path file = dir.resolve(userId + "-" + UUID.randomUUID() + ".csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            if (session != null) {
                sessionOf.put(file, session);
            }
            byte[] buffer = new byte[64 * 1024];
            long written = 0;
            for (int n; (n = content.read(buffer)) > 0; ) {
                written += n;
                if (written > maxBytes) {
                    throw new ImportRefused("The file is larger than the upload limit of " + megabytes(maxBytes)
                            + ". Split it, or ask an administrator to raise touchpoint.import.max-upload-size.");
                }
                if (before + written > maxPerUser) {
                    throw overQuota(before);
                }
                out.write(buffer, 0, n);
            }
            return file;
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException refused) {
            delete(file);
            throw refused;
        }
    }

    /** The file is now an import's: it is deleted when the import ends, not with the session. */
    void handOver(Path file) {
        sessionOf.remove(file);
    }

    /** Whether the path is an upload in this store (and not, say, a path a caller made up). */
    boolean holds(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        return normal.getParent() != null && normal.getParent().equals(dir) && Files.isRegularFile(normal);
    }

    /** Deletes the upload; true when it existed. */
    boolean delete(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        sessionOf.remove(normal);
        if (normal.getParent() == null || !normal.getParent().equals(dir)) {
            return false;
        }
        try {
            return Files.deleteIfExists(normal);
        } catch (IOException e) {
            log.warn("Could not delete the upload {}: {}", normal, e.toString());
            return false;
        }
    }

    /** A session ended (sign-out or time-out): its uploads not handed to an import are deleted. */
    @EventListener
    void sessionEnded(HttpSessionDestroyedEvent event) {
        sessionOf.forEach((file, session) -> {
            if (session.equals(event.getId())) {
                delete(file);
            }
        });
    }

    /** The bytes the user's uploads take now (waiting and being imported). */
    long storedBy(long userId) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(userId + "-"))
                    .mapToLong(f -> {
                        try {
                            return Files.size(f);
                        } catch (IOException gone) {
                            return 0; // deleted meanwhile
                        }
                    })
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportRefused overQuota(long stored) {
        return new ImportRefused("Each person may keep at most " + megabytes(maxPerUser) + " of uploads at once,"
                + " and yours already take " + megabytes(stored) + " with this file still to come. Import or"
                + " discard the file you uploaded before, or wait until your running imports finish.");
    }

    static String megabytes(long bytes) {
        return bytes < 1024 * 1024 ? "less than 1 MB" : Math.round(bytes / (1024.0 * 1024)) + " MB";
    }
}
