package cx.touchpoint.webhook;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.DnsResolver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Which URLs webhooks may reach (issue #19 finding 1): only public addresses. Refused are loopback, private
 * (RFC 1918, shared, unique local), link-local (cloud metadata), unspecified, multicast and reserved
 * addresses, IPv6 forms that embed one of those ({@link AddressClass}), IPv4 written other than as four
 * decimal numbers ({@code 2130706433}, {@code 0177.0.0.1}, {@code 0x7f.1}), host names with a trailing dot,
 * and Touchpoint's own address (any address of this server's interfaces, the public URL's address and port).
 * Checked when a subscription is saved ({@link #problem}) and again at every send on every address the name
 * then resolves to ({@link #addresses}), which the sender connects to, so a name re-pointed after saving
 * (DNS rebinding) reaches nothing internal. Host names listed in {@code touchpoint.webhooks.allowed-internal-hosts}
 * may resolve to loopback, private or link-local addresses (on-premises receivers), never to Touchpoint itself.
 */
@Component
class WebhookTargets {

    /** Resolves a host name to all its addresses (the system resolver, or a test's own). */
    @FunctionalInterface
    interface HostResolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A target refused for its address; an {@link UnknownHostException} so the HTTP client's resolver may throw it. */
    static final class Refused extends UnknownHostException {
        Refused(String message) {
            super(message);
        }
    }

    private static final Pattern NUMERIC_HOST =
            Pattern.compile("(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+))*\\.?", Pattern.CASE_INSENSITIVE);
    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern DOTTED_QUAD = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    static final String ALLOW_SETTING = "touchpoint.webhooks.allowed-internal-hosts";

    private final HostResolver resolver;
    private final Set<String> allowedHosts;
    private final Environment env;

    @Autowired
    WebhookTargets(@Value("${" + ALLOW_SETTING + ":}") List<String> allowedHosts, Environment env) {
        this(InetAddress::getAllByName, allowedHosts, env);
    }

    WebhookTargets(HostResolver resolver, List<String> allowedHosts, Environment env) {
        this.resolver = resolver;
        this.allowedHosts = allowedHosts.stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.env = env;
    }

    /**
     * Why {@code url} may not be a webhook target, as the form shows it beside the URL field, or null. A name
     * that does not resolve now is accepted: it is checked again at every send.
     */
    String problem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "Target URL: not a valid URL (" + e.getReason() + ").";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "Target URL: must start with http:// or https://.";
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return "Target URL: names no host.";
        }
        if (uri.getRawUserInfo() != null) {
            return "Target URL: must not contain a user name or password; the signature authenticates Touchpoint.";
        }
        if (uri.getRawFragment() != null) {
            return "Target URL: must not contain a #fragment.";
        }
        try {
            addresses(uri.getHost(), port(uri));
        } catch (Refused refused) {
            return "Target URL: " + refused.getMessage();
        } catch (UnknownHostException notYet) {
            return null;
        }
        return null;
    }

    /** The port a URL connects to: its own, else 443 for https and 80 for http. */
    static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /**
     * Every address {@code host} resolves to now, each one checked; the sender connects only to these.
     *
     * @throws Refused naming the host, the address and its kind when any address is not allowed
     * @throws UnknownHostException when the name does not resolve
     */
    InetAddress[] addresses(String host, int port) throws UnknownHostException {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (name.endsWith(".")) {
            throw new Refused("write the host name without the trailing dot (" + host + ").");
        }
        if (NUMERIC_HOST.matcher(name).matches() && !DOTTED_QUAD.matcher(name).matches()) {
            throw new Refused("write an IPv4 address as four decimal numbers such as 203.0.113.7, not " + host + ".");
        }
        InetAddress[] all = resolver.resolve(name);
        boolean allowed = allowedHosts.contains(name);
        Set<InetAddress> interfaces = interfaceAddresses();
        for (InetAddress address : all) {
            AddressClass kind = AddressClass.of(address);
            boolean local =
                    interfaces.contains(address) || kind == AddressClass.LOOPBACK || kind == AddressClass.UNSPECIFIED;
            if ((local && port == ownPort()) || isPublicUrl(address, port)) {
                throw refusal(host, address, "the address of Touchpoint itself");
            }
            if (allowed && kind.allowableByName()) {
                continue;
            }
            if (kind == AddressClass.PUBLIC && interfaces.contains(address)) {
                kind = AddressClass.OWN;
            }
            if (kind != AddressClass.PUBLIC) {
                throw refusal(host, address, kind.words());
            }
        }
        return all;
    }

    /** The HTTP client's resolver for a target on {@code port}: it answers only addresses {@link #addresses} checked. */
    DnsResolver resolverFor(int port) {
        return new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return addresses(host, port);
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
    }

    private Refused refusal(String host, InetAddress address, String kind) {
        String what =
                address.getHostAddress().equalsIgnoreCase(host.replace("[", "").replace("]", ""))
                        ? host + " is " + kind
                        : host + " resolves to " + address.getHostAddress() + ", " + kind;
        return new Refused("refused: " + what + ". Webhooks go only to public addresses; an admin can allow a named"
                + " on-premises receiver with the setting " + ALLOW_SETTING + ".");
    }

    private int ownPort() {
        return env.getProperty("local.server.port", Integer.class, env.getProperty("server.port", Integer.class, 8080));
    }

    /** Whether the address and port are those of the configured public URL (Touchpoint behind its proxy). */
    private boolean isPublicUrl(InetAddress address, int port) {
        String publicUrl = env.getProperty("touchpoint.public-url");
        if (publicUrl == null || publicUrl.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(publicUrl.strip());
            return uri.getHost() != null
                    && port(uri) == port
                    && Arrays.asList(resolver.resolve(uri.getHost())).contains(address);
        } catch (URISyntaxException | UnknownHostException e) {
            return false;
        }
    }

    /** The addresses of this server's own network interfaces. */
    private static Set<InetAddress> interfaceAddresses() {
        Set<InetAddress> own = new HashSet<>();
        try {
            NetworkInterface.networkInterfaces()
                    .flatMap(NetworkInterface::inetAddresses)
                    .forEach(own::add);
        } catch (SocketException e) {
            // without the list, loopback and private addresses are still refused by their class
        }
        return own;
    }
}
