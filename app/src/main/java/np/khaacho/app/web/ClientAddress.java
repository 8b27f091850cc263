package np.khaacho.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who a request comes from, for per-client limits. The connection's address, unless it is one of the
 * trusted proxies ({@code khaacho.web.trusted-proxies}, addresses or CIDR blocks): then the right-most
 * address of {@code X-Forwarded-For} that is not a trusted proxy, since each proxy appends the address
 * it got the request from and everything further left is whatever the client wrote. With no proxy
 * trusted (the default) the header is ignored. Limits count an IPv6 client by its /64 (one subscriber's
 * network: its addresses are free for the taking) and an IPv4 client by its address.
 */
@Component
public class ClientAddress {

    private static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]+");

    private final List<Block> trustedProxies;

    public ClientAddress(@Value("${khaacho.web.trusted-proxies:}") String trustedProxies) {
        List<Block> blocks = new ArrayList<>();
        for (String entry : trustedProxies == null ? new String[0] : trustedProxies.split(",")) {
            if (!entry.isBlank()) {
                blocks.add(Block.parse(entry.strip()));
            }
        }
        this.trustedProxies = List.copyOf(blocks);
    }

    /** The client's address. */
    public InetAddress of(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), request.getHeaders(FORWARDED_FOR));
    }

    /** The key a per-client limit counts the request under: an IPv4 address, or an IPv6 /64 ("2001:db8:1:2::/64"). */
    public String bucket(HttpServletRequest request) {
        return bucketOf(of(request));
    }

    InetAddress resolve(String remoteAddress, Enumeration<String> forwardedFor) {
        InetAddress peer = literal(remoteAddress);
        if (peer == null) {
            throw new IllegalStateException("the connection's address is not an IP address: " + remoteAddress);
        }
        if (!trusted(peer) || forwardedFor == null) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(forwardedFor)) {
            hops.addAll(Arrays.asList(header.split(",")));
        }
        InetAddress client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = literal(hops.get(i).strip());
            if (hop == null) {
                // not an address: whoever wrote it is not a proxy we trust; the last hop we know stands
                return client;
            }
            client = hop;
            if (!trusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    static String bucketOf(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] bytes = address.getAddress();
            StringBuilder prefix = new StringBuilder();
            for (int group = 0; group < 4; group++) {
                prefix.append(Integer.toHexString(((bytes[2 * group] & 0xFF) << 8) | (bytes[2 * group + 1] & 0xFF)))
                        .append(':');
            }
            return prefix.append(":/64").toString();
        }
        return address.getHostAddress();
    }

    private boolean trusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(block -> block.contains(address));
    }

    /**
     * The address an IP literal names, or null for anything else. Never a name lookup: a header's value
     * is the client's to write.
     */
    static InetAddress literal(String text) {
        if (text == null || text.isEmpty() || text.length() > 100) {
            return null;
        }
        String address = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        int zone = address.indexOf('%');
        if (zone >= 0) {
            address = address.substring(0, zone);
        }
        boolean ipv4 = IPV4.matcher(address).matches();
        // InetAddress parses a text with a colon as an IPv6 literal and never looks it up
        boolean ipv6 = address.indexOf(':') >= 0 && IPV6_CHARACTERS.matcher(address).matches();
        if (!ipv4 && !ipv6) {
            return null;
        }
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** An address block: an address and how many leading bits of it count. */
    private record Block(byte[] network, int bits) {

        static Block parse(String text) {
            int slash = text.indexOf('/');
            InetAddress address = literal(slash < 0 ? text : text.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("khaacho.web.trusted-proxies: not an IP address or CIDR block: " + text);
            }
            int length = address.getAddress().length * 8;
            int bits = length;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > length) {
                    throw new IllegalArgumentException("khaacho.web.trusted-proxies: not a CIDR block: " + text);
                }
            }
            return new Block(address.getAddress(), bits);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit += 8) {
                int mask = bits - bit >= 8 ? 0xFF : (0xFF << (8 - (bits - bit))) & 0xFF;
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
