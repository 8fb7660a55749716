package cx.touchpoint.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.env.MockEnvironment;

/**
 * Issue #19 finding 1: every address class the probe reached is refused when a subscription is saved, named
 * in words beside the URL field; names are resolved (by a resolver of the test's own, so no DNS is asked) and
 * every address they resolve to is checked.
 */
class WebhookTargetsTest {

    final Map<String, String[]> names = new HashMap<>();
    final MockEnvironment env = new MockEnvironment()
            .withProperty("local.server.port", "8080")
            .withProperty("touchpoint.public-url", "https://touchpoint.acme.example");

    WebhookTargets targets(String... allowed) {
        names.put("localhost", new String[] {"127.0.0.1", "::1"});
        names.put("evil.example", new String[] {"127.0.0.1"});
        names.put("metadata.example", new String[] {"169.254.169.254"});
        names.put("half.example", new String[] {"203.0.113.10", "10.0.0.7"});
        names.put("hooks.example.com", new String[] {"203.0.113.10", "2001:4860:4860::8888"});
        names.put("touchpoint.acme.example", new String[] {"203.0.113.99"});
        names.put("crm.intranet", new String[] {"10.1.2.3"});
        return new WebhookTargets(this::resolve, List.of(allowed), env);
    }

    InetAddress[] resolve(String host) throws UnknownHostException {
        String[] known = names.get(host);
        if (known == null) {
            if (host.matches("[0-9.]+|.*:.*")) {
                return InetAddress.getAllByName(host); // a literal: parsed, never looked up
            }
            throw new UnknownHostException(host);
        }
        InetAddress[] all = new InetAddress[known.length];
        for (int i = 0; i < known.length; i++) {
            all[i] = InetAddress.getByName(known[i]);
        }
        return all;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:9000/hooks",
                "http://127.0.0.1:5432/",
                "http://127.8.9.10/",
                "http://169.254.169.254/latest/meta-data/",
                "http://[::1]:9000/",
                "http://localhost:9000/",
                "http://evil.example/hooks",
                "http://metadata.example/",
                "http://half.example/",
                "http://2130706433:9000/",
                "http://0177.0.0.1/",
                "http://0x7f.1/",
                "http://127.1/",
                "http://0.0.0.0:9000/",
                "http://[::]/",
                "http://[::ffff:127.0.0.1]:9000/",
                "http://[::ffff:a9fe:a9fe]/",
                "http://[64:ff9b::7f00:1]/",
                "http://[2002:7f00:1::]/",
                "HTTP://LOCALHOST.:9000/",
                "https://hooks.example.com./",
                "http://10.0.0.5/",
                "http://172.16.3.4/",
                "http://192.168.1.1/",
                "http://100.64.0.1/",
                "http://[fd00::1]/",
                "http://[fe80::1]/",
                "http://224.0.0.1/",
                "http://255.255.255.255/",
                "http://240.0.0.1/",
                "https://touchpoint.acme.example/actuator/health"
            })
    void internal_targets_are_refused_when_saved(String url) {
        assertThat(targets().problem(url)).as(url).startsWith("Target URL: ").isNotNull();
    }

    @Test
    void the_refusal_says_what_the_name_resolved_to_and_how_to_allow_an_on_premises_receiver() {
        assertThat(targets().problem("http://evil.example/hooks"))
                .isEqualTo("Target URL: refused: evil.example resolves to 127.0.0.1, a loopback address. Webhooks"
                        + " go only to public addresses; an admin can allow a named on-premises receiver with the"
                        + " setting touchpoint.webhooks.allowed-internal-hosts.");
        assertThat(targets().problem("http://169.254.169.254/latest/meta-data/"))
                .startsWith("Target URL: refused: 169.254.169.254 is a link-local address");
        assertThat(targets().problem("http://[::ffff:127.0.0.1]:9000/")).contains("a loopback address");
        assertThat(targets().problem("http://2130706433:9000/"))
                .isEqualTo("Target URL: write an IPv4 address as four decimal numbers such as 203.0.113.7, not"
                        + " 2130706433.");
        assertThat(targets().problem("HTTP://LOCALHOST.:9000/")).contains("without the trailing dot");
        assertThat(targets().problem("https://touchpoint.acme.example/actuator/health"))
                .contains("the address of Touchpoint itself");
    }

    @Test
    void public_targets_and_names_not_resolvable_yet_are_accepted() {
        assertThat(targets().problem("https://hooks.example.com/touchpoint")).isNull();
        assertThat(targets().problem("http://203.0.113.7:8443/in")).isNull();
        assertThat(targets().problem("https://[2001:4860:4860::8888]/in")).isNull();
        assertThat(targets().problem("https://not-in-dns-yet.example/"))
                .as("checked again at every send")
                .isNull();
        assertThat(targets().problem("https://touchpoint.acme.example:8443/"))
                .as("the public host on another port is another service")
                .isNull();
    }

    @Test
    void an_admin_allows_named_on_premises_hosts_but_never_touchpoint_itself_or_the_unspecified_address() {
        assertThat(targets().problem("http://crm.intranet/hooks")).contains("a private network address");
        assertThat(targets("crm.intranet", "localhost").problem("http://crm.intranet/hooks"))
                .isNull();
        assertThat(targets("crm.intranet", "localhost").problem("http://localhost:9000/hooks"))
                .isNull();
        assertThat(targets("localhost").problem("http://localhost:8080/actuator/health"))
                .as("Touchpoint's own port on loopback")
                .contains("the address of Touchpoint itself");
        assertThat(targets("0.0.0.0").problem("http://0.0.0.0:9000/")).contains("unspecified");
        assertThat(targets("crm.intranet").problem("http://10.1.2.3/hooks"))
                .as("the allowance is for the name, not its address")
                .contains("private network address");
    }

    @Test
    void at_send_time_every_address_is_checked_again() throws Exception {
        var targets = targets();
        assertThat(targets.addresses("hooks.example.com", 443)).hasSize(2);
        names.put("hooks.example.com", new String[] {"203.0.113.10", "127.0.0.1"});
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> targets.addresses("hooks.example.com", 443))
                .isInstanceOf(WebhookTargets.Refused.class)
                .hasMessageContaining("resolves to 127.0.0.1");
        assertThat(DeliveryFailure.of(new java.io.IOException(new WebhookTargets.Refused("x"))))
                .isEqualTo(DeliveryFailure.REFUSED_INTERNAL);
    }
}
