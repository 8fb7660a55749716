package cx.touchpoint.base.replica;

import java.time.Instant;

/**
 * Per thread: whether the running service call may read from the replica ({@link ReadsFromReplica}), and, once its
 * transaction has a connection, how current the figures it reads are. Set around the call by {@link
 * ReplicaAdvisor}, read by {@link ReplicaReads} when a read-only transaction takes its connection.
 */
final class ReplicaScope {

    /**
     * {@code replica}: the call's transaction reads from the replica; {@code asOf}: the moment its data shows when
     * it was behind at the last check, else null.
     */
    private record Scope(int depth, boolean replica, Instant asOf) {}

    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private ReplicaScope() {}

    static void enter() {
        Scope scope = CURRENT.get();
        CURRENT.set(
                scope == null
                        ? new Scope(1, false, null)
                        : new Scope(scope.depth() + 1, scope.replica(), scope.asOf()));
    }

    static void exit() {
        Scope scope = CURRENT.get();
        if (scope == null || scope.depth() <= 1) {
            CURRENT.remove();
        } else {
            CURRENT.set(new Scope(scope.depth() - 1, scope.replica(), scope.asOf()));
        }
    }

    static boolean replicaAllowed() {
        return CURRENT.get() != null;
    }

    static void servedByReplica(Instant asOf) {
        Scope scope = CURRENT.get();
        if (scope != null) {
            CURRENT.set(new Scope(scope.depth(), true, asOf));
        }
    }

    /** Whether this is the outermost marked call and its transaction read from the replica. */
    static boolean outermostOnReplica() {
        Scope scope = CURRENT.get();
        return scope != null && scope.depth() == 1 && scope.replica();
    }

    /** Forgets where the last attempt read, before the call is tried again. */
    static void retrying() {
        Scope scope = CURRENT.get();
        if (scope != null) {
            CURRENT.set(new Scope(scope.depth(), false, null));
        }
    }

    static Instant asOf() {
        Scope scope = CURRENT.get();
        return scope == null ? null : scope.asOf();
    }
}
