package cx.touchpoint.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * What kind of network an IP address belongs to, for the webhook target check. Sources: RFC 6890 (special
 * purpose registries), RFC 1918 (private IPv4), RFC 4193 (unique local IPv6), RFC 6598 (shared address space),
 * RFC 4291 (IPv4-mapped and -compatible IPv6), RFC 6052 (NAT64), RFC 3056 (6to4). An IPv6 address that embeds
 * an IPv4 address is classed by the embedded one, so {@code [::ffff:127.0.0.1]} is loopback.
 */
enum AddressClass {
    PUBLIC("a public address", false),
    LOOPBACK("a loopback address", true),
    PRIVATE("a private network address", true),
    LINK_LOCAL("a link-local address (such as the cloud metadata service)", true),
    /** 0.0.0.0 and :: reach the machine itself. */
    UNSPECIFIED("the unspecified address", false),
    MULTICAST("a multicast or broadcast address", false),
    RESERVED("a reserved address", false),
    /** An address of one of this machine's own network interfaces. */
    OWN("this server's own address", false);

    private final String words;
    private final boolean allowableByName;

    AddressClass(String words, boolean allowableByName) {
        this.words = words;
        this.allowableByName = allowableByName;
    }

    /** How the refusal names it, e.g. "a loopback address". */
    String words() {
        return words;
    }

    /**
     * Whether an admin may allow it for a named on-premises host ({@code touchpoint.webhooks.allowed-internal-hosts}):
     * loopback, private and link-local may be; unspecified, multicast, reserved and the server's own never.
     */
    boolean allowableByName() {
        return allowableByName;
    }

    static AddressClass of(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            if (v6.isLoopbackAddress() || v6.isAnyLocalAddress()) {
                return ofIpv6(v6); // ::1 and :: before the IPv4-compatible form would read them as 0.0.0.x
            }
            InetAddress embedded = embeddedIpv4(v6.getAddress());
            return embedded != null ? of(embedded) : ofIpv6(v6);
        }
        return ofIpv4(address.getAddress());
    }

    private static AddressClass ofIpv4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        if (a0 == 0 && a1 == 0 && b[2] == 0 && b[3] == 0) {
            return UNSPECIFIED;
        }
        if (a0 == 0) {
            return UNSPECIFIED; // 0.0.0.0/8, "this network"
        }
        if (a0 == 127) {
            return LOOPBACK;
        }
        if (a0 == 10 || (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168)) {
            return PRIVATE;
        }
        if (a0 == 100 && a1 >= 64 && a1 <= 127) {
            return PRIVATE; // shared address space (carrier-grade NAT)
        }
        if (a0 == 169 && a1 == 254) {
            return LINK_LOCAL;
        }
        if (a0 >= 224 && a0 <= 239) {
            return MULTICAST;
        }
        if (a0 == 255 && a1 == 255 && (b[2] & 0xff) == 255 && (b[3] & 0xff) == 255) {
            return MULTICAST; // limited broadcast
        }
        if (a0 >= 240 || (a0 == 192 && a1 == 0 && b[2] == 0) || (a0 == 198 && (a1 == 18 || a1 == 19))) {
            return RESERVED; // future use, IETF protocol assignments, benchmarking
        }
        return PUBLIC;
    }

    private static AddressClass ofIpv6(Inet6Address v6) {
        byte[] b = v6.getAddress();
        if (v6.isAnyLocalAddress()) {
            return UNSPECIFIED;
        }
        if (v6.isLoopbackAddress()) {
            return LOOPBACK;
        }
        if (v6.isMulticastAddress()) {
            return MULTICAST;
        }
        if (v6.isLinkLocalAddress()) {
            return LINK_LOCAL;
        }
        if ((b[0] & 0xfe) == 0xfc || v6.isSiteLocalAddress()) {
            return PRIVATE; // fc00::/7 unique local, fec0::/10 deprecated site-local
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8) {
            return RESERVED; // 2001:db8::/32 documentation
        }
        return PUBLIC;
    }

    /** The IPv4 address inside an IPv4-mapped, -compatible, NAT64 (64:ff9b::/96) or 6to4 address, or null. */
    private static InetAddress embeddedIpv4(byte[] b) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= b[i] == 0;
        }
        boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0 && !allZeroFrom(b, 12, 15);
        boolean nat64 = b[0] == 0
                && (b[1] & 0xff) == 0x64
                && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b
                && allZeroFrom(b, 4, 11);
        try {
            if (mapped || compatible || nat64) {
                return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
                return InetAddress.getByAddress(new byte[] {b[2], b[3], b[4], b[5]});
            }
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
        return null;
    }

    private static boolean allZeroFrom(byte[] b, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
