package cx.touchpoint.segment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import cx.touchpoint.security.Role;
import cx.touchpoint.segment.SegmentFixtures;
import cx.touchpoint.testsupport.KaribuTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue #12.8: with a filter on the page the sentence above the figures said "All accounts". */
class ScopeSentenceViewsTest extends KaribuTest {

    long retail;
    long ae;

    @BeforeEach
    void setUp() {
        var fx = new SegmentFixtures(data, "Scope survey");
        fx.thresholds("5.00", "100000", "0.50");
        ae = data.user("scope.ae", Role.ACCOUNT_EXECUTIVE);
        retail = data.verticalMarket("Retail", "Consumer");
        long shop = data.account(
                "Shop Ltd",
                ae,
                new BigDecimal("200000"),
                new BigDecimal("200000"),
                retail,
                data.location("Europe", "Germany"),
                data.platform("Cloud"));
        fx.scored(shop, 9, Instant.parse("2026-04-10T09:00:00Z"), null, 6);
        fx.scored(fx.account("Other Ltd", ae, "90000", "90000"), 9, Instant.parse("2026-04-10T09:00:00Z"), null, 6);
    }

    String scope(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void segments_and_accounts_name_every_filter_in_force() {
        login("scope.exec", Role.EXECUTIVE);

        UI.getCurrent().navigate("segments");
        assertThat(scope("segment-scope")).isEqualTo("All accounts");

        UI.getCurrent()
                .navigate(
                        "segments",
                        QueryParameters.simple(Map.of("vertical", String.valueOf(retail), "ae", String.valueOf(ae))));
        assertThat(scope("segment-scope"))
                .isEqualTo("Accounts in vertical market Retail, account executive Test scope.ae");

        UI.getCurrent()
                .navigate(
                        "accounts",
                        QueryParameters.simple(Map.of("vertical", String.valueOf(retail), "segment", "MODEL")));
        assertThat(scope("account-scope")).isEqualTo("Accounts in vertical market Retail, segment Model");
    }

    @Test
    void an_account_executive_reads_their_own_book_with_the_filters_but_not_themselves() {
        login("scope.ae.own", Role.ACCOUNT_EXECUTIVE);

        UI.getCurrent().navigate("segments", QueryParameters.simple(Map.of("vertical", String.valueOf(retail))));

        assertThat(scope("segment-scope")).isEqualTo("Your accounts in vertical market Retail");
    }
}
