package cx.touchpoint.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Login throttling: after {@code max-failures} failed sign-ins for one username, or from one address,
 * within {@code lock-minutes}, further attempts are refused until that time has passed since the last
 * failure, or an admin unlocks the username. Usernames that do not exist are counted exactly like real
 * ones, so the answers never tell them apart. Kept in memory: a restart unlocks everyone.
 */
@Component
public class SignInThrottle {

    /** More distinct keys than this and the oldest are forgotten, so guessing random names cannot fill memory. */
    private static final int MAX_TRACKED = 50_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;

    SignInThrottle(
            @Value("${touchpoint.sign-in.max-failures:5}") int maxFailures,
            @Value("${touchpoint.sign-in.lock-minutes:15}") int lockMinutes,
            Clock clock) {
        this.maxFailures = maxFailures;
        this.window = Duration.ofMinutes(lockMinutes);
        this.clock = clock;
    }

    /** Whether sign-in is refused now for this username or from this address (either may be null). */
    public boolean locked(String username, String address) {
        return lockedUntilKey(userKey(username)).isPresent()
                || lockedUntilKey(addressKey(address)).isPresent();
    }

    /** Until when the username is locked, if it is. */
    public Optional<Instant> lockedUntil(String username) {
        return lockedUntilKey(userKey(username));
    }

    /**
     * Until when sign-in is refused for this username or from this address (the later of the two), if it is:
     * the REST API answers 429 with {@code Retry-After} until then.
     */
    public Optional<Instant> lockedUntil(String username, String address) {
        var user = lockedUntilKey(userKey(username));
        var from = lockedUntilKey(addressKey(address));
        if (user.isPresent() && from.isPresent()) {
            return Optional.of(user.get().isAfter(from.get()) ? user.get() : from.get());
        }
        return user.isPresent() ? user : from;
    }

    /** Counts a failed sign-in against the username and the address. */
    public void failed(String username, String address) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear();
        }
        Instant now = clock.instant();
        for (String key : new String[] {userKey(username), addressKey(address)}) {
            if (key != null) {
                Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
                synchronized (times) {
                    times.addLast(now);
                    while (times.size() > maxFailures) {
                        times.removeFirst();
                    }
                }
            }
        }
    }

    /** A successful sign-in forgets the username's failures. */
    public void succeeded(String username) {
        unlock(username);
    }

    /** Lifts the lock on a username (admins). */
    public void unlock(String username) {
        String key = userKey(username);
        if (key != null) {
            failures.remove(key);
        }
    }

    private Optional<Instant> lockedUntilKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            if (times.size() < maxFailures) {
                return Optional.empty();
            }
            Instant first = times.peekFirst();
            Instant last = times.peekLast();
            if (first == null || Duration.between(first, last).compareTo(window) > 0) {
                return Optional.empty();
            }
            Instant until = last.plus(window);
            return until.isAfter(clock.instant()) ? Optional.of(until) : Optional.empty();
        }
    }

    private static String userKey(String username) {
        return username == null || username.isBlank()
                ? null
                : "user:" + username.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return address == null || address.isBlank() ? null : "address:" + address;
    }
}
