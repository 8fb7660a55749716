package cx.touchpoint.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import cx.touchpoint.security.DemoPreparation;
import cx.touchpoint.survey.CustomerLinks;
import cx.touchpoint.survey.LinkState;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 23 §6: every route as every demo role, and the customer's pages and the login page as a visitor,
 * run through axe-core (all its rules but the experimental ones, best practices included) at 1440 x 1000;
 * then the same page at 390 x 844 (a phone) must not scroll sideways. The routes come from Vaadin's
 * registry, so a new view cannot be left out; a route with a parameter needs a sample in {@link
 * #samplePaths()}. Screenshots of every page at both widths land in {@code target/screenshots/sweep/}, the
 * violations per rule and page in {@code target/accessibility-sweep.md}.
 */
class AccessibilitySweepIT extends BrowserJourney {

    private static final AccessAnnotationChecker ACCESS = new AccessAnnotationChecker();

    /** The demo's users, one per role (and the general manager, an executive with escalations). */
    private static final List<String> USERS =
            List.of("executive", "general.manager", "account.exec", "team.lead", "specialist", "admin");

    private static final Pattern RESPOND = Pattern.compile("/respond/[A-Za-z0-9_-]{43}");
    private static final Pattern DRAFT = Pattern.compile("/draft/[A-Za-z0-9_-]{43}");
    private static final Pattern UNSUBSCRIBE = Pattern.compile("/unsubscribe/[A-Za-z0-9_-]{43}");

    private static final String VAADIN_IDLE =
            "() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                    + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())";

    /**
     * Violations known before the fixes of issue 23 §6, by rule id: each fixed since, but the sweep has not yet
     * run on the fixed pages (target/accessibility-sweep.md says which remain). Shrinks to empty.
     */
    /**
     * Violations still open, to be emptied: Highcharts draws a second region landmark of the same name before each
     * chart. Setting its accessibility.landmarkVerbosity through the chart's additional options removed that but
     * put aria attributes on series groups (serious aria-prohibited-attr), so it was taken back.
     */
    private static final Set<String> KNOWN = Set.of("landmark-unique");

    /** Pages still wider than a phone, to be emptied: the gaps page's chain of six gap cards (564 px at 390). */
    private static final Set<String> KNOWN_WIDE = Set.of("/gaps");

    private static final Path SHOTS = Path.of("target/screenshots/sweep");

    @Autowired
    ServletContext servletContext;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CustomerLinks links;

    @Autowired
    DemoPreparation demo;

    private record Route(String path, Class<?> view) {}

    private record Finding(String page, String rule, String impact, String help, List<String> targets) {}

    private final List<Finding> findings = new ArrayList<>();
    private final List<String> tooWide = new ArrayList<>();
    private int pagesChecked;
    private int deniedVisits;

    @Test
    void every_page_as_every_role_has_no_axe_violation_and_fits_a_phone() throws IOException {
        Instant start = Instant.now();
        Files.createDirectories(SHOTS);
        assertThat(demo.awaitReady(Duration.ofMinutes(3))).as("demo data ready").isTrue();
        waitForThemes();
        List<Route> routes = staffRoutes();

        try {
            Page visitor = separatePage(1440, 1000);
            try {
                for (String path : customerPaths()) {
                    check(visitor, "visitor", path);
                }
            } finally {
                visitor.context().close();
            }
            for (String user : USERS) {
                String role = jdbc.sql("select role from app_user where username = ?")
                        .param(user)
                        .query(String.class)
                        .single();
                Page at = separatePage(1440, 1000);
                try {
                    signIn(at, user);
                    boolean deniedSeen = false;
                    for (Route route : routes) {
                        if (ACCESS.hasAccess(route.view(), () -> user, role::equals)) {
                            check(at, user, route.path());
                        } else if (!deniedSeen) {
                            // every route the role may not open shows the same page: checked in full once
                            check(at, user, route.path());
                            deniedSeen = true;
                        } else {
                            // the same page again: counted, not opened (it kept CI's sweep under 10 minutes)
                            deniedVisits++;
                        }
                    }
                } finally {
                    at.context().close();
                }
                writeReport(start);
            }
        } finally {
            System.out.println(writeReport(start));
        }
        assertThat(findings.stream()
                        .filter(f -> !KNOWN.contains(f.rule()))
                        .map(f -> f.page() + ": " + f.impact() + " " + f.rule() + " at " + f.targets()))
                .as("axe violations (see target/accessibility-sweep.md)")
                .isEmpty();
        assertThat(tooWide.stream()
                        .filter(page -> KNOWN_WIDE.stream().noneMatch(known -> page.contains(" " + known + " is "))))
                .as("pages wider than a 390 px phone")
                .isEmpty();
    }

    /** Every registered route, its parameters filled from the demo company; fails on a route without a sample. */
    private List<Route> staffRoutes() {
        var registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));
        Map<String, String> samples = samplePaths();
        List<Route> routes = new ArrayList<>();
        for (RouteData route : RouteConfiguration.forRegistry(registry).getAvailableRoutes()) {
            String template = route.getTemplate();
            String path = "/" + template;
            if (template.contains(":")) {
                String prefix = template.substring(0, template.indexOf(':'));
                assertThat(samples)
                        .as("a sample path for the route " + template + " (add it to samplePaths())")
                        .containsKey(prefix);
                path = samples.get(prefix);
            }
            routes.add(new Route(path, route.getNavigationTarget()));
        }
        routes.sort(Comparator.comparing(Route::path));
        assertThat(routes).as("routes found").hasSizeGreaterThan(20);
        return routes;
    }

    /**
     * A real id for each route with a parameter, by the route's path before the parameter: the account
     * executive's own account and latest prepared survey, the first theme.
     */
    private Map<String, String> samplePaths() {
        long account = jdbc.sql("select a.id from account a join app_user u on u.id = a.account_executive_id"
                        + " where u.username = 'account.exec' order by a.id limit 1")
                .query(Long.class)
                .single();
        long preparation = jdbc.sql("select p.id from survey_preparation p join account a on a.id = p.account_id"
                        + " join app_user u on u.id = a.account_executive_id where u.username = 'account.exec'"
                        + " order by p.id desc limit 1")
                .query(Long.class)
                .single();
        long theme = jdbc.sql("select id from theme order by id limit 1")
                .query(Long.class)
                .single();
        return Map.of(
                "accounts/", "/accounts/" + account,
                "surveys/prepared/", "/surveys/prepared/" + preparation,
                "theme/", "/theme/" + theme);
    }

    /** The customer's pages (from the demo outbox) and the sign-in page, as a visitor without a session. */
    private List<String> customerPaths() {
        List<String> bodies = jdbc.sql("select text_body from outbox_mail order by id desc")
                .query(String.class)
                .list();
        String respond = bodies.stream()
                .flatMap(body -> RESPOND.matcher(body).results())
                .map(m -> m.group())
                .filter(p ->
                        links.responseForm(p.substring("/respond/".length())).state() == LinkState.OPEN)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the demo outbox holds no open response link"));
        String draft = first(bodies, DRAFT);
        String unsubscribe = first(bodies, UNSUBSCRIBE);
        return List.of("/login", respond, draft, unsubscribe);
    }

    private static String first(List<String> bodies, Pattern link) {
        return bodies.stream()
                .flatMap(body -> link.matcher(body).results())
                .map(m -> m.group())
                .findFirst()
                .orElseThrow(() -> new AssertionError("the demo outbox holds no link like " + link));
    }

    /** The demo's comments are themed in the background; the theme route needs one. */
    private void waitForThemes() {
        long until = System.currentTimeMillis() + 180_000;
        while (jdbc.sql("select count(*) from theme").query(Long.class).single() == 0) {
            assertThat(System.currentTimeMillis()).as("themes found in time").isLessThan(until);
            sleep(1_000);
        }
    }

    private void signIn(Page at, String role) {
        at.navigate(url("/login"));
        at.locator("input[name='username']").fill(role);
        at.locator("input[name='password']").fill("touchpoint");
        at.locator("vaadin-login-form vaadin-button").first().click();
        at.waitForURL(address -> !address.contains("/login"));
    }

    private void check(Page at, String who, String path) {
        at.setViewportSize(1440, 1000);
        at.navigate(url(path));
        settle(at);
        String name = who + " " + path;
        new AxeBuilder(at)
                .analyze()
                .getViolations()
                .forEach(rule -> findings.add(new Finding(
                        name,
                        rule.getId(),
                        rule.getImpact(),
                        rule.getHelp(),
                        rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .toList())));
        String file = who + (path.replaceAll("/[A-Za-z0-9_-]{43}$", "/token").replace('/', '_'));
        at.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(file + "-1440.png")));

        checkWidth(at, name);
        at.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(file + "-390.png")));
        pagesChecked++;
    }

    /** At 390 x 844 (a phone) the page must not scroll sideways. Leaves the page at that size. */
    private void checkWidth(Page at, String name) {
        at.setViewportSize(390, 844);
        settle(at);
        int width = ((Number) at.evaluate("() => document.documentElement.scrollWidth")).intValue();
        if (width > 390) {
            tooWide.add(name + " is " + width + " px wide");
        }
    }

    private static void settle(Page at) {
        at.waitForFunction(VAADIN_IDLE);
        at.waitForTimeout(150);
    }

    private String writeReport(Instant start) throws IOException {
        String report = report(Duration.between(start, Instant.now()));
        Files.writeString(Path.of("target/accessibility-sweep.md"), report);
        return report;
    }

    private String report(Duration took) {
        var out = new StringBuilder("# Accessibility sweep\n\n");
        out.append(pagesChecked)
                .append(" pages checked in full and ")
                .append(deniedVisits)
                .append(
                        " more routes the role may not open (they show the same page, checked in full once per role) in ")
                .append(took.toSeconds())
                .append(" s; ")
                .append(findings.size())
                .append(" violations on ")
                .append(findings.stream().map(Finding::page).distinct().count())
                .append(" pages; ")
                .append(tooWide.size())
                .append(" pages wider than 390 px.\n\n| rule | impact | pages | help |\n| --- | --- | --- | --- |\n");
        Map<String, List<Finding>> byRule =
                findings.stream().collect(Collectors.groupingBy(Finding::rule, TreeMap::new, Collectors.toList()));
        byRule.forEach((rule, list) -> out.append("| ")
                .append(rule)
                .append(" | ")
                .append(list.get(0).impact())
                .append(" | ")
                .append(list.size())
                .append(" | ")
                .append(list.get(0).help())
                .append(" |\n"));
        out.append("\n## Per page\n\n");
        findings.forEach(f -> out.append("- ")
                .append(f.page())
                .append(": ")
                .append(f.rule())
                .append(" at ")
                .append(f.targets())
                .append('\n'));
        out.append("\n## Wider than 390 px\n\n");
        tooWide.forEach(w -> out.append("- ").append(w).append('\n'));
        return out.toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
