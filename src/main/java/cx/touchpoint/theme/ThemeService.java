package cx.touchpoint.theme;

import cx.touchpoint.base.Option;
import cx.touchpoint.security.AdminAudit;
import cx.touchpoint.security.CurrentUser;
import cx.touchpoint.security.Permission;
import cx.touchpoint.security.Requires;
import cx.touchpoint.security.SignedInUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Themes and sentiment of customers' comments: what the CX team reads and manages. Every change to a theme is
 * in the audit log. Figures: volume per 90 days, share of negative comments, impact on the likelihood to
 * recommend ({@link ThemeImpact}).
 */
@Service
@Transactional
@Requires(Permission.READ_THEMES)
public class ThemeService {

    /** The period of "recent" figures (volume, emerging themes): the last 90 days, against the 90 before. */
    public static final Duration PERIOD = Duration.ofDays(90);

    public static final int REPRESENTATIVES = 3;
    public static final int NAME_MAX = 80;

    private final ThemeQueries queries;
    private final ThemeReports reports;
    private final ThemeDiscovery discovery;
    private final CommentAnalysis analysis;
    private final ThemeJobs jobs;
    private final AdminAudit audit;
    private final CurrentUser currentUser;
    private final TaskExecutor executor;
    private final Clock clock;

    ThemeService(
            ThemeQueries queries,
            ThemeReports reports,
            ThemeDiscovery discovery,
            CommentAnalysis analysis,
            ThemeJobs jobs,
            AdminAudit audit,
            CurrentUser currentUser,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            Clock clock) {
        this.queries = queries;
        this.reports = reports;
        this.discovery = discovery;
        this.analysis = analysis;
        this.jobs = jobs;
        this.audit = audit;
        this.currentUser = currentUser;
        this.executor = executor;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ reading

    /** Active themes with their figures, the most comments first. */
    @Transactional(readOnly = true)
    public List<ThemeSummary> activeThemes() {
        return summaries(EnumSet.of(ThemeStatus.ACTIVE));
    }

    /** Themes proposed by "Find new themes", waiting for an admin to accept or dismiss them. */
    @Transactional(readOnly = true)
    public List<ThemeSummary> candidates() {
        return summaries(EnumSet.of(ThemeStatus.CANDIDATE));
    }

    /** Retired (and merged) themes. */
    @Transactional(readOnly = true)
    public List<ThemeSummary> retiredThemes() {
        return summaries(EnumSet.of(ThemeStatus.RETIRED));
    }

    private List<ThemeSummary> summaries(Set<ThemeStatus> statuses) {
        Instant now = clock.instant();
        return reports.summaries(statuses, now.minus(PERIOD), now.minus(PERIOD.multipliedBy(2)));
    }

    /** One theme with its figures, whatever its status. */
    @Transactional(readOnly = true)
    public Optional<ThemeSummary> theme(long id) {
        return summaries(EnumSet.allOf(ThemeStatus.class)).stream()
                .filter(t -> t.id() == id)
                .findFirst();
    }

    /** The theme's {@value #REPRESENTATIVES} comments nearest its centre. */
    @Transactional(readOnly = true)
    public List<ThemeComment> representatives(long themeId) {
        return reports.representatives(themeId, REPRESENTATIVES);
    }

    /** Comments per month of the theme, oldest first (company time zone). */
    @Transactional(readOnly = true)
    public List<ThemeCount> monthly(long themeId) {
        return reports.monthly(themeId);
    }

    /**
     * Comments matching {@code filter}, newest first: {@code limit} (1-501) of them after the comment {@code
     * beforeId} (the last id of the previous page; null for the first page).
     */
    @Transactional(readOnly = true)
    @Requires(Permission.READ_COMMENTS)
    public List<ThemeComment> comments(CommentFilter filter, Long beforeId, int limit) {
        var scoped = new CommentFilter(
                currentUser.scope(filter.accounts()),
                filter.from(),
                filter.to(),
                filter.themeId(),
                filter.unthemed(),
                filter.sentiment(),
                filter.accountId());
        return reports.comments(scoped, beforeId, Math.max(1, Math.min(501, limit)));
    }

    /** The comment of a survey response with its analysis, if the response has a comment. */
    @Transactional(readOnly = true)
    @Requires(Permission.READ_COMMENTS)
    public Optional<ThemeComment> commentOfResponse(long responseId) {
        return reports.ofResponse(responseId);
    }

    /** An account's analysed comments per quarter and theme, oldest first. */
    @Transactional(readOnly = true)
    @Requires(Permission.READ_ACCOUNTS)
    public List<ThemeCount> accountThemes(long accountId) {
        return reports.accountThemes(accountId);
    }

    /** How far the analysis of comments is: waiting, retried, analysed, not analysed by language. */
    @Transactional(readOnly = true)
    public AnalysisProgress analysisProgress() {
        return reports.analysisProgress();
    }

    /** The latest "Find new themes" run, with its progress. */
    @Transactional(readOnly = true)
    public Optional<ThemeRunProgress> latestRun() {
        return reports.latestRun();
    }

    /** Active themes as choices, and {@code alsoId} (e.g. the theme a routing rule names) whatever its status. */
    @Transactional(readOnly = true)
    @Requires(Permission.SIGNED_IN)
    public List<Option> themeOptions(Long alsoId) {
        return reports.options(alsoId);
    }

    /**
     * The theme and sentiment the analysis sees in {@code text}, storing nothing (the routing-rule tester). Runs
     * the sentence model on the server (a few milliseconds).
     */
    @Transactional(readOnly = true)
    @Requires(Permission.SIGNED_IN)
    public ThemeProbe probe(String text) {
        var seen = analysis.analyse(text == null ? "" : text);
        if (seen.notAnalysed() != null) {
            String why = "LANGUAGE".equals(seen.notAnalysed())
                    ? "Not analysed (" + Languages.name(seen.language()) + "): only English comments are analysed."
                    : "Not analysed: the text has no words.";
            return new ThemeProbe(null, null, null, 0, why);
        }
        String feeling = seen.sentiment().label().toLowerCase() + " sentiment";
        return seen.theme() == null
                ? new ThemeProbe(
                        null, null, seen.sentiment(), seen.score(), "No theme is near enough; " + feeling + ".")
                : new ThemeProbe(
                        seen.theme().id(),
                        seen.theme().name(),
                        seen.sentiment(),
                        seen.score(),
                        "Theme \"" + seen.theme().name() + "\", " + feeling + ".");
    }

    /** Whether the signed-in person may manage themes (admins). */
    @Requires(Permission.SIGNED_IN)
    public boolean canManage() {
        return currentUser.may(Permission.MANAGE_THEMES);
    }

    // ------------------------------------------------------------------ the outbox

    /**
     * Queues a complaint's text for analysis, in the transaction that stored the complaint (called by the issue
     * intake). Blank text is not queued.
     */
    @Requires(Permission.UNRESTRICTED)
    public void complaintReceived(long complaintId, long accountId, String text, Instant receivedAt) {
        if (text != null && !text.isBlank()) {
            queries.enqueue(
                    CommentSource.COMPLAINT, null, complaintId, accountId, null, receivedAt, text, clock.instant());
        }
    }

    /** Queues every survey comment not yet queued (stored in bulk, or before themes existed); returns how many. */
    @Requires(Permission.UNRESTRICTED)
    public int queueUnanalysedSurveyComments() {
        return queries.enqueueSurveyComments(clock.instant());
    }

    // ------------------------------------------------------------------ managing

    /** Starts "Find new themes" in the background; false when a run is already going (see {@link #latestRun}). */
    @Requires(Permission.MANAGE_THEMES)
    public boolean findNewThemes() {
        if (reports.latestRun().map(ThemeRunProgress::running).orElse(false)) {
            return false;
        }
        String by = currentUser.get().map(SignedInUser::username).orElse("system");
        executor.execute(new DelegatingSecurityContextRunnable(() -> jobs.findThemes(by)));
        return true;
    }

    /**
     * Renames a theme (2-{@value #NAME_MAX} characters, unique among proposed and active themes). A theme someone
     * named is theirs: renaming also pins it, so re-clustering keeps it.
     *
     * @throws ThemeRuleException when the name is taken or out of bounds, or the theme changed meanwhile
     */
    @Requires(Permission.MANAGE_THEMES)
    public void rename(long id, int version, String name) {
        var theme = current(id, version);
        String clean = name == null ? "" : name.strip();
        if (clean.length() < 2 || clean.length() > NAME_MAX) {
            throw new ThemeRuleException("Name: 2 to " + NAME_MAX + " characters.");
        }
        if (queries.nameTaken(clean, id)) {
            throw new ThemeRuleException("Another theme is called \"" + clean + "\".");
        }
        boolean pin = theme.status() == ThemeStatus.ACTIVE;
        change(theme, clean, theme.status(), pin || theme.pinned(), null);
        audit.record(AdminAudit.Subject.THEME, id, clean, "theme renamed", theme.name(), clean);
    }

    /** Pins (true) or unpins a theme: re-clustering keeps a pinned theme as it is. Only active themes are pinned. */
    @Requires(Permission.MANAGE_THEMES)
    public void pin(long id, int version, boolean pinned) {
        var theme = current(id, version);
        if (theme.status() != ThemeStatus.ACTIVE) {
            throw new ThemeRuleException("Only an active theme can be pinned.");
        }
        change(theme, theme.name(), theme.status(), pinned, null);
        audit.record(
                AdminAudit.Subject.THEME,
                id,
                theme.name(),
                pinned ? "theme pinned" : "theme unpinned",
                String.valueOf(theme.pinned()),
                String.valueOf(pinned));
    }

    /** Accepts a proposed theme: comments nearest to it are assigned to it from now on. */
    @Requires(Permission.MANAGE_THEMES)
    public void accept(long id, int version) {
        var theme = current(id, version);
        if (theme.status() != ThemeStatus.CANDIDATE) {
            throw new ThemeRuleException("Only a proposed theme can be accepted.");
        }
        change(theme, theme.name(), ThemeStatus.ACTIVE, false, null);
        discovery.reassignAll();
        audit.record(AdminAudit.Subject.THEME, id, theme.name(), "theme accepted", "proposed", "active");
    }

    /** Dismisses a proposed theme. */
    @Requires(Permission.MANAGE_THEMES)
    public void dismiss(long id, int version) {
        var theme = current(id, version);
        if (theme.status() != ThemeStatus.CANDIDATE) {
            throw new ThemeRuleException("Only a proposed theme can be dismissed.");
        }
        change(theme, theme.name(), ThemeStatus.DISMISSED, false, null);
        audit.record(AdminAudit.Subject.THEME, id, theme.name(), "theme dismissed", "proposed", "dismissed");
    }

    /** Retires an active theme: its comments go to the nearest other theme, or become "not yet themed". */
    @Requires(Permission.MANAGE_THEMES)
    public void retire(long id, int version) {
        var theme = current(id, version);
        if (theme.status() != ThemeStatus.ACTIVE) {
            throw new ThemeRuleException("Only an active theme can be retired.");
        }
        change(theme, theme.name(), ThemeStatus.RETIRED, false, null);
        discovery.reassignAll();
        audit.record(AdminAudit.Subject.THEME, id, theme.name(), "theme retired", "active", "retired");
    }

    /**
     * Merges theme {@code id} into {@code intoId}: its comments join the other theme, whose centre and words are
     * computed anew from both; the merged theme is retired and says where it went. Routing rules naming the
     * merged theme should be pointed at the other one (the rule list shows the merged theme as retired).
     */
    @Requires(Permission.MANAGE_THEMES)
    public void merge(long id, int version, long intoId) {
        if (id == intoId) {
            throw new ThemeRuleException("Choose another theme to merge into.");
        }
        var theme = current(id, version);
        var into = queries.theme(intoId).orElseThrow(() -> new ThemeRuleException("That theme no longer exists."));
        if (theme.status() != ThemeStatus.ACTIVE || into.status() != ThemeStatus.ACTIVE) {
            throw new ThemeRuleException("Only active themes can be merged.");
        }
        var members = new java.util.ArrayList<>(queries.members(id));
        members.addAll(queries.members(intoId));
        float[] centroid = Vectors.centroid(
                members.stream().map(ThemeQueries.Embedded::embedding).toList());
        change(theme, theme.name(), ThemeStatus.RETIRED, false, intoId);
        for (var member : members) {
            queries.assign(member.id(), intoId, Vectors.cosine(member.embedding(), centroid));
        }
        queries.updateShape(intoId, discovery.wordsOf(intoId), centroid, clock.instant());
        audit.record(
                AdminAudit.Subject.THEME, id, theme.name(), "theme merged", theme.name(), "merged into " + into.name());
    }

    /**
     * Splits a theme in two by its comments (k-means with k = 2): the bigger part keeps the theme, its name and
     * pin; the other becomes a new active theme named by its distinctive words. Returns the new theme's id.
     *
     * @throws ThemeRuleException when the theme has fewer than 8 comments
     */
    @Requires(Permission.MANAGE_THEMES)
    public long split(long id, int version) {
        var theme = current(id, version);
        if (theme.status() != ThemeStatus.ACTIVE) {
            throw new ThemeRuleException("Only an active theme can be split.");
        }
        var members = queries.members(id);
        if (members.size() < 8) {
            throw new ThemeRuleException(
                    "A theme needs at least 8 comments to be split; this one has " + members.size() + ".");
        }
        var parts = Clustering.split(
                members.stream().map(ThemeQueries.Embedded::embedding).toList());
        var keep = parts.get(0);
        var other = parts.get(1);
        Instant now = clock.instant();
        queries.updateShape(id, List.of(), keep.centroid(), now);
        List<String> otherWords = ThemeLabels.distinctive(List.of(
                        keep.members().stream().map(i -> members.get(i).text()).toList(),
                        other.members().stream().map(i -> members.get(i).text()).toList()))
                .get(1);
        String name = discovery.uniqueName(otherWords);
        long created = queries.insertTheme(name, ThemeStatus.ACTIVE, otherWords, other.centroid(), now);
        for (int i : keep.members()) {
            queries.assign(
                    members.get(i).id(), id, Vectors.cosine(members.get(i).embedding(), keep.centroid()));
        }
        for (int i : other.members()) {
            queries.assign(
                    members.get(i).id(), created, Vectors.cosine(members.get(i).embedding(), other.centroid()));
        }
        queries.updateShape(id, discovery.wordsOf(id), keep.centroid(), now);
        audit.record(
                AdminAudit.Subject.THEME,
                id,
                theme.name(),
                "theme split",
                members.size() + " comments",
                keep.members().size() + " kept, " + other.members().size() + " to new theme \"" + name + "\"");
        return created;
    }

    private ThemeQueries.ThemeState current(long id, int version) {
        var theme = queries.theme(id).orElseThrow(() -> new ThemeRuleException("That theme no longer exists."));
        if (theme.version() != version) {
            throw new ThemeRuleException("Someone changed this theme meanwhile; reload to see the change.");
        }
        return theme;
    }

    private void change(ThemeQueries.ThemeState theme, String name, ThemeStatus status, boolean pinned, Long into) {
        if (!queries.updateTheme(theme.id(), theme.version(), name, status, pinned, into, clock.instant())) {
            throw new ThemeRuleException("Someone changed this theme meanwhile; reload to see the change.");
        }
    }
}
