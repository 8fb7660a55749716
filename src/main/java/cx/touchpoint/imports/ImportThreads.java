package cx.touchpoint.imports;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;

/**
 * Imports run on their own two threads, so a large file never holds up web requests. Not an
 * {@code Executor} bean: that would replace Spring Boot's application task executor.
 */
@Component
class ImportThreads {

    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        var thread = new Thread(runnable, "import");
        thread.setDaemon(true);
        return thread;
    });

    void execute(Runnable run) {
        executor.execute(run);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
