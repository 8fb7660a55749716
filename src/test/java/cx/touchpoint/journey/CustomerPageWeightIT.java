package cx.touchpoint.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Page;
import cx.touchpoint.survey.CustomerLinks;
import cx.touchpoint.survey.LinkState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a customer's phone loads for the answer page (docs/PERFORMANCE.md "The customer's pages"):
 * an open {@code /respond/<token>} link from the demo outbox opened in a fresh browser context
 * (cold cache) at 390 x 844, five times, unthrottled and as a mid-range phone on a slow 4G network
 * (Lighthouse's mobile profile: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU slowed 4x).
 * Bytes are what went over the wire (Chromium's encodedDataLength, headers included) for every
 * request the page made. Time to interactive is navigation start until the answer form is on screen
 * and usable (its submit button visible and enabled) and the main thread had its last long task
 * (over 50 ms), whichever is later. Writes {@code target/customer-page-weight.md}.
 */
class CustomerPageWeightIT extends BrowserJourney {

    private static final Pattern RESPOND = Pattern.compile("/respond/([A-Za-z0-9_-]{43})");
    private static final int RUNS = 5;

    /** The weight the light page must stay under: a fraction of the Vaadin client it replaced (~1.5 MB). */
    private static final long BUDGET_BYTES = 60_000;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CustomerLinks links;

    private record Load(long bytes, int requests, double interactiveMs) {}

    @Test
    void the_answer_page_weighs_a_fraction_of_the_vaadin_client() throws Exception {
        String token = openToken();
        var report = new StringBuilder("| network | bytes transferred | requests | time to interactive (median of "
                + RUNS + ", min-max) |\n| --- | --- | --- | --- |\n");
        Load fast = null;
        for (boolean throttled : new boolean[] {false, true}) {
            List<Load> loads = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                loads.add(load("/respond/" + token, throttled));
            }
            loads.sort(Comparator.comparingDouble(Load::interactiveMs));
            Load median = loads.get(RUNS / 2);
            report.append(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %d | %.0f ms (%.0f-%.0f) |%n",
                    throttled ? "slow 4G, CPU 4x" : "unthrottled",
                    median.bytes(),
                    median.requests(),
                    median.interactiveMs(),
                    loads.get(0).interactiveMs(),
                    loads.get(RUNS - 1).interactiveMs()));
            if (!throttled) {
                fast = median;
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/customer-page-weight.md"), report);
        System.out.println("Customer answer page:\n" + report);
        assertThat(fast.bytes()).as("bytes of the answer page").isLessThan(BUDGET_BYTES);
    }

    private Load load(String path, boolean throttled) {
        Page phone = separatePage(390, 844);
        try {
            var cdp = phone.context().newCDPSession(phone);
            AtomicLong bytes = new AtomicLong();
            AtomicInteger requests = new AtomicInteger();
            cdp.on("Network.loadingFinished", event -> {
                bytes.addAndGet(event.get("encodedDataLength").getAsLong());
                requests.incrementAndGet();
            });
            cdp.send("Network.enable");
            cdp.send("Network.setCacheDisabled", object("cacheDisabled", true));
            if (throttled) {
                var network = new JsonObject();
                network.addProperty("offline", false);
                network.addProperty("latency", 150);
                network.addProperty("downloadThroughput", 1_600_000 / 8);
                network.addProperty("uploadThroughput", 750_000 / 8);
                cdp.send("Network.emulateNetworkConditions", network);
                cdp.send("Emulation.setCPUThrottlingRate", object("rate", 4));
            }
            phone.addInitScript("window.__longTaskEnd = 0; new PerformanceObserver(l => l.getEntries().forEach("
                    + "e => window.__longTaskEnd = Math.max(window.__longTaskEnd, e.startTime + e.duration)))"
                    + ".observe({type: 'longtask', buffered: true});");
            phone.navigate(url(path));
            phone.waitForFunction("() => { const b = document.querySelector('#respond-submit');"
                    + " return b && b.offsetParent !== null && !b.hasAttribute('disabled'); }");
            double ready = ((Number) phone.evaluate("() => performance.now()")).doubleValue();
            phone.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            double longTaskEnd = ((Number) phone.evaluate("() => window.__longTaskEnd")).doubleValue();
            return new Load(bytes.get(), requests.get(), Math.max(ready, longTaskEnd));
        } finally {
            phone.context().close();
        }
    }

    private static JsonObject object(String key, Number value) {
        var json = new JsonObject();
        json.addProperty(key, value);
        return json;
    }

    private static JsonObject object(String key, boolean value) {
        var json = new JsonObject();
        json.addProperty(key, value);
        return json;
    }

    /** A response link of the demo outbox that is still open (the demo's wave keeps some unanswered). */
    private String openToken() {
        for (String body : jdbc.sql("select text_body from outbox_mail where kind = 'INVITATION' order by id desc")
                .query(String.class)
                .list()) {
            var m = RESPOND.matcher(body);
            if (m.find() && links.responseForm(m.group(1)).state() == LinkState.OPEN) {
                return m.group(1);
            }
        }
        throw new AssertionError("the demo outbox holds no open response link");
    }
}
