package cx.touchpoint.summary;

import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The summary tables every dashboard reads (V40: {@code account_score}, {@code account_wave_score},
 * {@code answer_month}, {@code response_month}, {@code segment_threshold_in_force}; V150: {@code answer_item_month},
 * answer_month over all accounts; V190: {@code response_book_month}, response_month per account executive). Triggers keep them
 * current in the same transaction as every write to responses, answers, accounts, waves and
 * thresholds; this service only rebuilds them from the raw rows, for repair and after bulk loads.
 */
@Service
@Transactional
@Requires(Permission.UNRESTRICTED)
public class Summaries {

    private static final Logger log = LoggerFactory.getLogger(Summaries.class);

    private final SummaryRepository repository;

    Summaries(SummaryRepository repository) {
        this.repository = repository;
    }

    /**
     * Recomputes every summary from the raw responses, answers, accounts and thresholds, in one
     * transaction (readers see the old tables until it commits; concurrent writers wait). Takes
     * about as long as reading every answer once: seconds at a million responses.
     *
     * @return the rows per summary table after the rebuild
     */
    @Transactional
    public SummarySizes rebuildAll() {
        long started = System.nanoTime();
        repository.rebuildAll();
        SummarySizes sizes = repository.sizes();
        log.info("Summaries rebuilt in {} ms: {}", (System.nanoTime() - started) / 1_000_000, sizes);
        return sizes;
    }

    /**
     * Runs a bulk load without maintaining the summaries row by row, then rebuilds them once, all in
     * the caller's transaction (required: outside one the summaries would be seen out of date). For
     * loads of thousands of rows, where one rebuild is far cheaper than a refresh per statement.
     *
     * @return what {@code load} returned
     * @throws org.springframework.transaction.IllegalTransactionStateException without a transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> T deferredWhile(Supplier<T> load) {
        repository.defer(true);
        T result = load.get();
        repository.defer(false);
        rebuildAll();
        return result;
    }

    /** The rows per summary table now. */
    @Transactional(readOnly = true)
    public SummarySizes sizes() {
        return repository.sizes();
    }
}
