package cx.touchpoint.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The internal-link sweep (issue 23 §5): as every demo role, open Home and every page of the navigation, collect
 * every internal link on them (menus, headline cards, grid cells, back links), and open each once (one per
 * shape: {@code accounts/12} stands for every account) — none may end on "Could not navigate", an error, or
 * the page that says the role may not open it.
 */
class LinkSweepIT extends BrowserJourney {

    /** What a broken link shows: Vaadin's not-found and error pages, and the access-denied page. */
    private static final List<String> DEAD_ENDS =
            List.of("Could not navigate", "There was an exception", "Internal error", "This page is not open to you");

    /** Customer pages answer as the customer, sign-out ends the session, the API and downloads are no pages. */
    private static final List<String> NOT_SWEPT =
            List.of("/draft/", "/respond/", "/unsubscribe/", "/logout", "/api/", "/VAADIN/", "/setup");

    @ParameterizedTest
    @ValueSource(strings = {"executive", "general.manager", "account.exec", "team.lead", "specialist", "admin"})
    void every_internal_link_works_for_the_role_that_sees_it(String username) {
        signIn(username, "touchpoint");
        page.waitForURL(url("/"));
        settle();
        List<String> pages = new ArrayList<>(List.of("/"));
        pages.addAll(internalLinks("vaadin-side-nav-item[path]", "path"));

        Map<String, String> toVisit = new LinkedHashMap<>(); // shape -> first link of that shape
        for (String path : pages) {
            open(path);
            assertNoDeadEnd(username, path, "(a page of the navigation)");
            for (String link : internalLinks("a[href]", "href")) {
                toVisit.putIfAbsent(shape(link), link + " \u2190 " + path);
            }
        }
        List<String> broken = new ArrayList<>();
        for (String entry : toVisit.values()) {
            String link = entry.substring(0, entry.indexOf(" \u2190 "));
            open(link);
            String deadEnd = deadEnd();
            if (deadEnd != null) {
                broken.add(link + " (linked from " + entry.substring(entry.indexOf(" \u2190 ") + 3) + "): " + deadEnd);
            }
        }
        assertThat(broken)
                .as(username + " followed " + toVisit.size() + " internal links of " + pages.size() + " pages")
                .isEmpty();
        assertThat(toVisit).as("links found").isNotEmpty();
    }

    private void open(String path) {
        page.navigate(url(path.startsWith("/") ? path : "/" + path));
        settle();
    }

    private void settle() {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("vaadin-app-layout, main").first().waitFor();
    }

    private void assertNoDeadEnd(String username, String path, String what) {
        assertThat(deadEnd()).as(username + " opens " + path + " " + what).isNull();
    }

    private String deadEnd() {
        String text = page.locator("body").innerText();
        return DEAD_ENDS.stream().filter(text::contains).findFirst().orElse(null);
    }

    /** The page's internal links (attribute {@code attribute} of {@code selector}) as paths with their query. */
    @SuppressWarnings("unchecked")
    private Set<String> internalLinks(String selector, String attribute) {
        List<String> raw = (List<String>) page.evalOnSelectorAll(
                selector,
                "(els, attr) => els.filter(e => !e.hasAttribute('download') && e.getAttribute('target') !== '_blank')"
                        + ".map(e => attr === 'href' ? e.href : new URL(e.getAttribute(attr), document.baseURI).href)",
                attribute);
        Set<String> links = new LinkedHashSet<>();
        String origin = url("");
        for (String href : raw) {
            if (href == null || !href.startsWith(origin)) {
                continue;
            }
            String path = href.substring(origin.length());
            int fragment = path.indexOf('#');
            if (fragment >= 0) {
                path = path.substring(0, fragment);
            }
            if (path.isEmpty()) {
                path = "/";
            }
            String candidate = path;
            if (NOT_SWEPT.stream().noneMatch(candidate::contains)) {
                links.add(path);
            }
        }
        return links;
    }

    /** {@code /accounts/12?x=3} and {@code /accounts/40?x=3} have one shape: numbers do not matter. */
    static String shape(String link) {
        return link.replaceAll("\\d+", "N");
    }
}
