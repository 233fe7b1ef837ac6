package io.commerceresolver.security;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import io.commerceresolver.system.BadRequest;

/**
 * Where a tenant may send the service: the hosts of its vendors and mailboxes, configured by the tenant's admin. A
 * host on the service's own network (loopback, private, link-local — where cloud metadata answers —, carrier-grade
 * NAT, unique-local IPv6) is refused, so that a tenant cannot have the service call its neighbours and read the answer
 * back through a live check or an error message.
 * <p>
 * The name is resolved when the configuration is saved. A name that resolves elsewhere later (DNS rebinding) is not
 * caught here; the adapters never follow redirects, which closes the other way round.
 */
public final class OutboundHosts {

    private final boolean allowPrivate;

    /** @param allowPrivate let private hosts through: a vendor stub on localhost, a mailbox on the company's network */
    public OutboundHosts(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** @throws BadRequest naming {@code field} when the host does not resolve, or resolves to a private address */
    public void requirePublic(String host, String field) {
        if (allowPrivate) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException | SecurityException unresolved) {
            throw new BadRequest(field, "Field '" + field + "' names a host that does not resolve: " + host);
        }
        for (InetAddress address : addresses) {
            if (isPrivate(address)) {
                throw new BadRequest(field, "Field '" + field + "' names a host on a private network (" + address.getHostAddress()
                        + "); only public hosts may be called (resolver.connectors.allow-private-hosts=true allows them)");
            }
        }
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPrivateIpv4(bytes);
        }
        if (address instanceof Inet6Address) {
            // fc00::/7, unique local addresses (IPv6's private networks); Teredo (2001:0::/32) tunnels to an IPv4 host
            if ((bytes[0] & 0xfe) == 0xfc || bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0 && bytes[3] == 0) {
                return true;
            }
            // an IPv4 address carried inside (IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16) is judged as IPv4;
            // the JDK already turns an IPv4-mapped ::ffff:a.b.c.d into an Inet4Address
            byte[] embedded = embeddedIpv4(bytes);
            return embedded != null && isPrivate(ipv4(embedded));
        }
        return false;
    }

    private static boolean isPrivateIpv4(byte[] ip) {
        int first = ip[0] & 0xff;
        int second = ip[1] & 0xff;
        int third = ip[2] & 0xff;
        // 0.0.0.0/8 ("this network"), 100.64.0.0/10 (carrier-grade NAT), 192.0.0.0/24 (protocol assignments, where some
        // clouds answer metadata), 198.18.0.0/15 (benchmarking), 240.0.0.0/4 (reserved, and the broadcast address)
        return first == 0 || first == 100 && second >= 64 && second <= 127 || first == 192 && second == 0 && third == 0
                || first == 198 && (second == 18 || second == 19) || first >= 240;
    }

    private static InetAddress ipv4(byte[] address) {
        try {
            return InetAddress.getByAddress(address);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException("four bytes are an IPv4 address", impossible);
        }
    }

    private static byte[] embeddedIpv4(byte[] ip6) {
        boolean compatible = true;
        for (int i = 0; i < 12; i++) {
            compatible &= ip6[i] == 0;
        }
        boolean nat64 = ip6[0] == 0x00 && ip6[1] == 0x64 && ip6[2] == (byte) 0xff && ip6[3] == (byte) 0x9b;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = ip6[i] == 0;
        }
        if (compatible || nat64) {
            return new byte[] {ip6[12], ip6[13], ip6[14], ip6[15]};
        }
        if (ip6[0] == 0x20 && ip6[1] == 0x02) {
            return new byte[] {ip6[2], ip6[3], ip6[4], ip6[5]};
        }
        return null;
    }
}
