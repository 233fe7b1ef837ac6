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
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            // 0.0.0.0/8 ("this network"), 100.64.0.0/10 (carrier-grade NAT), 198.18.0.0/15 (benchmarking)
            return first == 0 || first == 100 && second >= 64 && second <= 127 || first == 198 && (second == 18 || second == 19);
        }
        if (address instanceof Inet6Address) {
            // fc00::/7, unique local addresses (IPv6's private networks); an IPv4-mapped address is judged as IPv4 by the JDK
            return (bytes[0] & 0xfe) == 0xfc;
        }
        return false;
    }
}
