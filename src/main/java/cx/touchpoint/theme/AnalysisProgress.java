package cx.touchpoint.theme;

import java.util.Map;

/**
 * The comment outbox: waiting (of which {@code retrying} failed at least once, {@code failedAttempts} failures
 * in all), analysed (of which {@code themed}), not analysed by language (ISO code → count) and without words.
 */
public record AnalysisProgress(
        long pending,
        long retrying,
        long failedAttempts,
        long analysed,
        long themed,
        long noWords,
        Map<String, Long> otherLanguages) {

    public long all() {
        return pending
                + analysed
                + noWords
                + otherLanguages.values().stream().mapToLong(Long::longValue).sum();
    }
}
