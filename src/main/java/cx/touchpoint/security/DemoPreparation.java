package cx.touchpoint.security;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the demo company is still being prepared, and how far: the demo users exist only once its
 * one transaction commits (README "Run it"), so until then the login page shows the progress and a
 * sign-in waits for it ({@link DemoSignInWait}) instead of calling the printed credentials wrong. Not
 * in demo mode, everything is ready from the start.
 */
@Component
public class DemoPreparation {

    /** Where the preparation is: percent done (0-100) and the step in words. */
    public record Progress(boolean ready, int percent, String step) {}

    private final CountDownLatch ready = new CountDownLatch(1);
    private volatile Progress progress;

    public DemoPreparation(@Value("${touchpoint.demo.enabled:false}") boolean demoEnabled) {
        progress = new Progress(false, 0, "Starting");
        if (!demoEnabled) {
            finished();
        }
    }

    /** The demo data loader reached {@code percent} (0-99) of its work, doing {@code step}. */
    public void reached(int percent, String step) {
        if (!progress.ready()) {
            progress = new Progress(false, Math.max(0, Math.min(99, percent)), step);
        }
    }

    /** The demo data is committed (or was there already, or failed): sign-ins go ahead. */
    public void finished() {
        progress = new Progress(true, 100, "Ready");
        ready.countDown();
    }

    public Progress progress() {
        return progress;
    }

    /** Waits until the demo data is ready or {@code timeout} passed; true when ready. */
    public boolean awaitReady(Duration timeout) {
        try {
            return ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
