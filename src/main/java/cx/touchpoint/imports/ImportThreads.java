package cx.touchpoint.imports;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

    /** Runs the import after the transaction that created its job commits (at once without one). */
    void execute(Runnable run) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    executor.execute(run);
                }
            });
        } else {
            executor.execute(run);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
