package cx.touchpoint.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Which peers may tell Touchpoint the client's address, scheme and host ({@code X-Forwarded-For}, {@code -Proto},
 * {@code -Host}): only the addresses in {@code touchpoint.proxy.trusted-addresses}, none by default (issue #19
 * finding 8: Tomcat's default trusted every private and loopback peer, so a rotating {@code X-Forwarded-For} slipped
 * past the per-address sign-in lock). Sets the trusted addresses on the {@link RemoteIpValve} Spring Boot adds for
 * {@code server.forward-headers-strategy=native}, after Boot's own customizer ran.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final List<String> addresses;

    TrustedProxies(@Value("${touchpoint.proxy.trusted-addresses:}") List<String> addresses) {
        this.addresses = addresses;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        String pattern = pattern(addresses);
        factory.getEngineValves().stream()
                .filter(RemoteIpValve.class::isInstance)
                .map(RemoteIpValve.class::cast)
                .forEach(valve -> {
                    // null (empty) trusts no peer: the valve then leaves the request as the socket saw it
                    valve.setInternalProxies(pattern);
                    valve.setTrustedProxies(null);
                });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /**
     * A pattern matching exactly the listed IP addresses, in each form Tomcat may report them (IPv6 in full and in
     * short form); empty for none.
     *
     * @throws IllegalArgumentException for an entry that is not an IP address (host names are not resolved)
     */
    static String pattern(List<String> addresses) {
        Set<String> forms = new LinkedHashSet<>();
        for (String entry : addresses) {
            String address = entry.strip();
            if (address.isEmpty()) {
                continue;
            }
            if (!address.matches("[0-9a-fA-F:.]+")) {
                throw new IllegalArgumentException(
                        "touchpoint.proxy.trusted-addresses: '" + address + "' is not an IP address");
            }
            try {
                InetAddress parsed = InetAddress.getByName(address); // a literal: parsed, never looked up
                forms.add(address.toLowerCase());
                forms.add(parsed.getHostAddress().toLowerCase());
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(
                        "touchpoint.proxy.trusted-addresses: '" + address + "' is not an IP address", e);
            }
        }
        return forms.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
