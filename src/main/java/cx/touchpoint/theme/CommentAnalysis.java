package cx.touchpoint.theme;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Analyses one claimed batch of outbox comments in the caller's transaction: language, sentiment, nearest
 * theme. A comment whose analysis throws is counted and retried later (1 minute doubling to 1 hour), never
 * dropped; the rest of the batch is analysed regardless.
 */
@Component
class CommentAnalysis {

    static final int BATCH = 32;
    static final Duration MAX_BACKOFF = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(CommentAnalysis.class);

    private final ThemeQueries queries;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SentimentModel sentiment = SentimentModel.shipped();

    CommentAnalysis(ThemeQueries queries, ApplicationEventPublisher events, Clock clock) {
        this.queries = queries;
        this.events = events;
        this.clock = clock;
    }

    /** Analyses up to {@link #BATCH} due comments; returns how many were claimed (0: nothing was due). */
    int analyseDueBatch() {
        List<ThemeQueries.Due> due = queries.claimDue(clock.instant(), BATCH);
        if (due.isEmpty()) {
            return 0;
        }
        List<ThemeVector> themes = queries.activeThemes();
        List<ThemeQueries.Due> english = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Instant now = clock.instant();
        for (var comment : due) {
            String text = CommentText.analysable(comment.text());
            if (!CommentText.hasWords(text)) {
                queries.notAnalysed(comment.id(), "NO_WORDS", null, now);
                continue;
            }
            String language = Languages.detect(text);
            if (!Languages.ANALYSED.contains(language)) {
                queries.notAnalysed(comment.id(), "LANGUAGE", language, now);
                continue;
            }
            english.add(comment);
            texts.add(text);
        }
        if (!english.isEmpty()) {
            float[][] vectors;
            try {
                vectors = SentenceEmbeddings.embed(texts);
            } catch (RuntimeException batchFailed) {
                vectors = one(english, texts); // find which comment fails; analyse the others
            }
            for (int i = 0; i < english.size(); i++) {
                if (vectors[i] != null) {
                    store(english.get(i).id(), vectors[i], themes, now);
                }
            }
        }
        return due.size();
    }

    /** Embeds each comment alone; a failing one is counted and retried later, its vector left null. */
    private float[][] one(List<ThemeQueries.Due> comments, List<String> texts) {
        float[][] vectors = new float[comments.size()][];
        for (int i = 0; i < comments.size(); i++) {
            try {
                vectors[i] = SentenceEmbeddings.embed(texts.get(i));
            } catch (RuntimeException e) {
                var comment = comments.get(i);
                int attempts = comment.attempts() + 1;
                Instant next = clock.instant().plus(backoff(attempts));
                log.warn(
                        "Comment #{} could not be analysed (attempt {}), retrying at {}: {}",
                        comment.id(),
                        attempts,
                        next,
                        e.toString());
                queries.failed(comment.id(), attempts, e.toString(), next);
            }
        }
        return vectors;
    }

    private void store(long id, float[] vector, List<ThemeVector> themes, Instant now) {
        double score = sentiment.score(vector);
        Sentiment feeling = Sentiment.of(score);
        var nearest = ThemeAssignment.nearest(vector, themes);
        queries.analysed(id, "en", feeling, score, vector, nearest.themeId(), nearest.similarityOrNull(), now);
        if (nearest.theme() != null) {
            publish(queries.stored(id), nearest.theme(), feeling, score);
        }
    }

    void publish(ThemeQueries.Stored comment, ThemeVector theme, Sentiment feeling, double score) {
        events.publishEvent(new CommentThemed(
                comment.responseId(),
                comment.complaintId(),
                comment.accountId(),
                comment.text(),
                theme.id(),
                theme.name(),
                feeling,
                score));
    }

    /** Sentiment and nearest theme of a text, without storing anything (the routing-rule tester). */
    Analysed analyse(String text) {
        String clean = CommentText.analysable(text);
        if (!CommentText.hasWords(clean)) {
            return new Analysed(null, null, null, 0, "NO_WORDS");
        }
        String language = Languages.detect(clean);
        if (!Languages.ANALYSED.contains(language)) {
            return new Analysed(language, null, null, 0, "LANGUAGE");
        }
        float[] vector = SentenceEmbeddings.embed(clean);
        double score = sentiment.score(vector);
        var nearest = ThemeAssignment.nearest(vector, queries.activeThemes());
        return new Analysed(language, Sentiment.of(score), nearest.theme(), score, null);
    }

    record Analysed(String language, Sentiment sentiment, ThemeVector theme, double score, String notAnalysed) {}

    static Duration backoff(int attempts) {
        Duration doubling = Duration.ofMinutes(1L << Math.min(attempts - 1, 20));
        return doubling.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubling;
    }
}
