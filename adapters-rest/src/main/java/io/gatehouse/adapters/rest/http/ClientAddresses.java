package io.gatehouse.adapters.rest.http;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The client's address, for throttling and the action log. By default the TCP peer; behind
 * reverse proxies listed in {@code gatehouse.http.trusted-proxies} (IP addresses or CIDR ranges),
 * the right-most {@code X-Forwarded-For} entry that is not itself a trusted proxy. Entries are
 * only taken as literal addresses (never resolved), so a forged header cannot cause lookups.
 */
@Singleton
public class ClientAddresses {
    private static final Pattern LITERAL = Pattern.compile("^[0-9A-Fa-f:.]{2,45}$");
    private final List<Range> trusted;

    public ClientAddresses(@Value("${gatehouse.http.trusted-proxies:}") String trustedProxies) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : trustedProxies.split(",")) {
            String e = entry.trim();
            if (!e.isEmpty()) {
                ranges.add(Range.parse(e));
            }
        }
        this.trusted = List.copyOf(ranges);
    }

    /** The client behind {@code peer}, given the request's {@code X-Forwarded-For} header (may be null). */
    public String resolve(String peer, String forwardedFor) {
        if (trusted.isEmpty() || forwardedFor == null || !isTrusted(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(hops[i].trim());
            if (hop.isEmpty()) {
                return client; // a malformed entry: trust nothing further left
            }
            client = hop.get().getHostAddress();
            if (!isTrusted(client)) {
                return client;
            }
        }
        return client;
    }

    private boolean isTrusted(String address) {
        Optional<InetAddress> a = literal(address);
        return a.isPresent() && trusted.stream().anyMatch(r -> r.contains(a.get()));
    }

    static Optional<InetAddress> literal(String text) {
        if (text == null || !LITERAL.matcher(text).matches() || (!text.contains(":") && !text.contains("."))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** An address range in CIDR form ({@code 10.0.0.0/8}, {@code ::1/128}) or a single address. */
    record Range(byte[] network, int prefix) {
        static Range parse(String text) {
            String[] parts = text.split("/", 2);
            InetAddress address = literal(parts[0])
                    .orElseThrow(() -> new IllegalArgumentException("gatehouse.http.trusted-proxies: not an IP address: " + text));
            int bits = address.getAddress().length * 8;
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bits;
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("gatehouse.http.trusted-proxies: bad prefix length: " + text);
            }
            return new Range(address.getAddress(), prefix);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            int bits = network.length * 8;
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    .shiftRight(prefix).not().and(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
            return new BigInteger(1, candidate).and(mask).equals(new BigInteger(1, network).and(mask));
        }
    }
}
