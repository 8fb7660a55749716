package cx.touchpoint.security;

/**
 * The books of accounts that account executives own, kept by the account feature (it owns the {@code account}
 * table and implements this): security hands a book over when an admin asks, without naming the table. Runs in
 * the caller's transaction.
 */
public interface AccountBooks {

    /**
     * Moves every account of one account executive's book to another.
     *
     * @return how many accounts moved (0 when the book was empty)
     */
    int handOver(long fromUserId, long toUserId);
}
