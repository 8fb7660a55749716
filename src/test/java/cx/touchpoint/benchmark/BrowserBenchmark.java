package cx.touchpoint.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each view rendered in headless Chromium as executive and as account executive (from navigation
 * until the view's data is drawn and Vaadin is idle), and the heap each open UI session keeps
 * (open N sessions, force a full GC, compare with the heap before).
 */
class BrowserBenchmark extends ScaleBenchmark {

    private static final int SESSIONS = Integer.getInteger("benchmark.sessions", 20);

    /** {@code -Dbenchmark.browser=heap}: only the heap per session, not the render timings. */
    private static final boolean HEAP_ONLY = "heap".equals(System.getProperty("benchmark.browser", ""));

    /**
     * {@code -Dbenchmark.heap-histogram=true}: also write which classes the open sessions keep (a class
     * histogram of the live heap before and after opening them, the difference per session, largest
     * first) to {@code target/benchmark/heap-<view>-<accounts>.txt}.
     */
    private static final boolean HISTOGRAM = Boolean.getBoolean("benchmark.heap-histogram");

    /**
     * {@code -Dbenchmark.heap-warm-up}: sessions of the view opened and closed before the count (20). Each
     * server thread keeps a JSON buffer as large as the largest response it wrote (Jackson's per-thread
     * buffers, softly reachable); with three warm-up sessions the threads that wrote the view's first
     * response only during the count added their buffer (about 100 KB on segments) to the sessions' share.
     */
    private static final int HEAP_WARM_UP = Integer.getInteger("benchmark.heap-warm-up", 20);

    /** route, what is on screen when its data has been drawn */
    private static final Map<String, String> READY = Map.of(
            "/", "#nps-trend .highcharts-series",
            "/review", "#review-gaps-grid",
            "/segments", "#segment-scatter .highcharts-series-group",
            "/gaps", "#cue-scores .highcharts-series rect",
            "/accounts", "#accounts-grid",
            "/issues", ".issue-card");

    private static final String VAADIN_IDLE = "() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())"
            + " && [...document.querySelectorAll('vaadin-grid')].every(g => !g.hasAttribute('loading'))";

    @LocalServerPort
    int port;

    @Test
    void measure() throws Exception {
        try (Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Path.of(System.getProperty("touchpoint.chromium", "/usr/bin/chromium")))
                            .setHeadless(true)
                            .setArgs(List.of("--no-sandbox", "--disable-gpu")));
            var report = new StringBuilder();
            if (!HEAP_ONLY) {
                report.append("### Views rendered in Chromium\n\n" + Timing.header());
                List<Timing> timings = new ArrayList<>();
                for (String route : List.of("/", "/review", "/segments", "/gaps", "/accounts", "/issues")) {
                    timings.add(render(browser, "executive", route));
                }
                for (String route : List.of("/", "/segments", "/gaps", "/accounts")) {
                    timings.add(render(browser, "account.exec", route));
                }
                timings.forEach(t -> report.append(t.row()).append('\n'));
            }
            report.append("\n### Heap retained per open UI session\n\n| view | sessions | KB per session |\n")
                    .append("| --- | --- | --- |\n");
            for (String route : List.of("/segments", "/review", "/")) {
                report.append(String.format(
                        Locale.ENGLISH,
                        "| %s | %d | %.0f |%n",
                        route,
                        SESSIONS,
                        retainedPerSession(browser, "executive", route) / 1024.0));
            }
            write("browser", report.toString());
        }
    }

    private Timing render(Browser browser, String user, String route) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 1000))) {
            Page page = signedIn(context, user);
            Timing timing = Timing.of(user + " " + route, WARM_UP, RUNS, () -> {
                open(page, route);
                return null;
            });
            // what the measured view looked like, to be looked at: target/benchmark/screens/<user><route>.png
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of(
                            "target",
                            "benchmark",
                            "screens",
                            user + (route.equals("/") ? "-home" : route.replace('/', '-')) + ".png"))
                    .setFullPage(true));
            return timing;
        }
    }

    private void open(Page page, String route) {
        page.navigate(url(route));
        page.locator(READY.get(route)).first().waitFor();
        page.waitForFunction(VAADIN_IDLE);
    }

    /** Bytes of heap that stay reachable for each session with this view open. */
    private double retainedPerSession(Browser browser, String user, String route) throws Exception {
        // the view's classes loaded, its reflection caches and the server's threads grown before the count
        // (first opened after a heap-only start, segments counted them as 400 KB of each session)
        for (int i = 0; i < HEAP_WARM_UP; i++) {
            try (BrowserContext context = browser.newContext()) {
                open(signedIn(context, user), route);
            }
        }
        Map<String, long[]> histogramBefore = HISTOGRAM ? HeapHistogram.live() : Map.of();
        long before = heapAfterGc();
        List<BrowserContext> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            BrowserContext context = browser.newContext();
            open(signedIn(context, user), route);
            sessions.add(context);
        }
        long after = heapAfterGc();
        if (Boolean.getBoolean("benchmark.heap-dump")) {
            ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .dumpHeap("target/benchmark/heap" + route.replace('/', '-') + ".hprof", true);
        }
        if (HISTOGRAM) {
            write(
                    "heap" + (route.equals("/") ? "-home" : route.replace('/', '-')),
                    HeapHistogram.perSession(histogramBefore, HeapHistogram.live(), SESSIONS));
        }
        sessions.forEach(BrowserContext::close);
        return (after - before) / (double) SESSIONS;
    }

    private Page signedIn(BrowserContext context, String user) {
        Page page = context.newPage();
        page.setDefaultTimeout(300_000);
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(user);
        page.locator("input[name='password']").fill("touchpoint");
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(url("/"));
        page.waitForFunction(VAADIN_IDLE);
        return page;
    }

    private static long heapAfterGc() {
        // the browsers' idle connections closed first (keep-alive 2 s, ScaleBenchmark): a connection's
        // buffers (about 16 KB) are not the session's, and a view that loads more files holds more of them
        sleep(3_000);
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
