package cx.touchpoint.theme;

import cx.touchpoint.security.AdminAudit;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * "Find new themes": clusters the analysed comments that no pinned theme holds, keeps pinned themes exactly as
 * they are, refreshes an unpinned theme when a new cluster points the same way (same id and name), and proposes
 * the other clusters as candidates (on the very first run, with no theme yet, they become active at once).
 * Then every analysed comment is assigned to its nearest active theme again. Runs in the caller's transaction.
 */
@Component
class ThemeDiscovery {

    /** Clustering reads at most this many comments (evenly spread); assignment then covers them all. */
    static final int MAX_CLUSTERED = 20_000;
    /** A new cluster this similar to an unpinned theme refreshes that theme instead of becoming a candidate. */
    static final double SAME_THEME = 0.80;

    private static final int PAGE = 2_000;

    private final ThemeQueries queries;
    private final AdminAudit audit;
    private final Clock clock;

    ThemeDiscovery(ThemeQueries queries, AdminAudit audit, Clock clock) {
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    /** Progress callback: step, percent, comments. */
    interface Progress {
        void report(String step, int percent, int comments);
    }

    /** Returns the number of new themes (candidates, or active ones on a first run). */
    int discover(Progress progress) {
        boolean first = !queries.anyTheme();
        List<ThemeVector> themes = queries.activeThemes();
        Set<Long> pinned = new HashSet<>();
        themes.stream().filter(ThemeVector::pinned).forEach(t -> pinned.add(t.id()));
        progress.report("Reading comments", 5, 0);
        List<ThemeQueries.Embedded> comments = new ArrayList<>();
        int total = 0;
        long after = 0;
        List<ThemeQueries.Embedded> page;
        do {
            page = queries.analysed(after, PAGE);
            for (var comment : page) {
                total++;
                if (comment.themeId() == null || !pinned.contains(comment.themeId())) {
                    comments.add(comment);
                }
            }
            after = page.isEmpty() ? after : page.get(page.size() - 1).id();
        } while (page.size() == PAGE);
        comments = spread(comments);
        progress.report("Clustering " + comments.size() + " comments", 20, total);
        List<float[]> vectors =
                comments.stream().map(ThemeQueries.Embedded::embedding).toList();
        List<Clustering.Group> groups = Clustering.groups(vectors);
        progress.report("Labelling " + groups.size() + " groups", 60, total);
        List<List<String>> texts = new ArrayList<>();
        for (var group : groups) {
            List<ThemeQueries.Embedded> finalComments = comments;
            texts.add(group.members().stream()
                    .map(i -> finalComments.get(i).text())
                    .toList());
        }
        List<List<String>> words = ThemeLabels.distinctive(texts);
        int created = 0;
        for (int g = 0; g < groups.size(); g++) {
            var group = groups.get(g);
            ThemeVector same = closestUnpinned(group.centroid(), themes);
            if (same != null) {
                queries.updateShape(same.id(), words.get(g), group.centroid(), clock.instant());
                continue;
            }
            ThemeStatus status = first ? ThemeStatus.ACTIVE : ThemeStatus.CANDIDATE;
            String name = uniqueName(words.get(g));
            long id = queries.insertTheme(name, status, words.get(g), group.centroid(), clock.instant());
            audit.record(
                    AdminAudit.Subject.THEME,
                    id,
                    name,
                    first ? "theme found" : "theme proposed",
                    null,
                    group.members().size() + " comments; words: " + String.join(", ", words.get(g)));
            created++;
        }
        progress.report("Assigning comments to themes", 80, total);
        reassignAll();
        return created;
    }

    private static List<ThemeQueries.Embedded> spread(List<ThemeQueries.Embedded> comments) {
        if (comments.size() <= MAX_CLUSTERED) {
            return comments;
        }
        List<ThemeQueries.Embedded> spread = new ArrayList<>(MAX_CLUSTERED);
        double step = (double) comments.size() / MAX_CLUSTERED;
        for (int i = 0; i < MAX_CLUSTERED; i++) {
            spread.add(comments.get((int) (i * step)));
        }
        return spread;
    }

    private static ThemeVector closestUnpinned(float[] centroid, List<ThemeVector> themes) {
        ThemeVector best = null;
        double most = SAME_THEME;
        for (ThemeVector theme : themes) {
            double similarity = Vectors.cosine(centroid, theme.centroid());
            if (!theme.pinned() && similarity >= most) {
                best = theme;
                most = similarity;
            }
        }
        return best;
    }

    String uniqueName(List<String> words) {
        String name = ThemeLabels.name(words);
        for (int extra = 3; queries.nameTaken(name, -1) && extra < words.size(); extra++) {
            name = name + " · " + words.get(extra);
        }
        int n = 2;
        String base = name;
        while (queries.nameTaken(name, -1)) {
            name = base + " (" + n++ + ")";
        }
        return name;
    }

    /** Assigns every analysed comment to its nearest active theme (or none), page by page. */
    void reassignAll() {
        List<ThemeVector> themes = queries.activeThemes();
        long after = 0;
        List<ThemeQueries.Embedded> page;
        do {
            page = queries.analysed(after, PAGE);
            for (var comment : page) {
                var nearest = ThemeAssignment.nearest(comment.embedding(), themes);
                queries.assign(comment.id(), nearest.themeId(), nearest.similarityOrNull());
            }
            after = page.isEmpty() ? after : page.get(page.size() - 1).id();
        } while (page.size() == PAGE);
    }

    /** The words of one theme from its members' texts, against the other active themes' members. */
    List<String> wordsOf(long themeId) {
        List<ThemeVector> themes = queries.activeThemes();
        List<List<String>> texts = new ArrayList<>();
        int index = -1;
        for (int i = 0; i < themes.size(); i++) {
            if (themes.get(i).id() == themeId) {
                index = i;
            }
            texts.add(queries.members(themes.get(i).id()).stream()
                    .map(ThemeQueries.Embedded::text)
                    .toList());
        }
        return index < 0 ? List.of() : ThemeLabels.distinctive(texts).get(index);
    }
}
