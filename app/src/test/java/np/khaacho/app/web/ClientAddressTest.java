package np.khaacho.app.web;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientAddressTest {

    @Test
    void withNoTrustedProxyTheHeaderIsIgnored() {
        ClientAddress clients = new ClientAddress("");
        assertThat(resolve(clients, "203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
        assertThat(resolve(clients, "127.0.0.1", "198.51.100.1")).isEqualTo("127.0.0.1");
    }

    @Test
    void behindATrustedProxyTheRightMostAddressNoProxyWroteIsTheClient() {
        ClientAddress clients = new ClientAddress("10.0.0.0/8, 192.0.2.10,2001:db8:ffff::/48");
        // what the client wrote itself (left) does not count; the address the first proxy saw does
        assertThat(resolve(clients, "10.1.2.3", "6.6.6.6, 198.51.100.7, 10.9.9.9")).isEqualTo("198.51.100.7");
        assertThat(resolve(clients, "192.0.2.10", "198.51.100.7", "10.0.0.5")).isEqualTo("198.51.100.7");
        assertThat(resolve(clients, "2001:db8:ffff:1::1", "2001:db8:1:2::3")).isEqualTo("2001:db8:1:2:0:0:0:3");
        // no header, or only proxies in it: the nearest address known
        assertThat(resolve(clients, "10.1.2.3")).isEqualTo("10.1.2.3");
        assertThat(resolve(clients, "10.1.2.3", "10.0.0.1, 10.0.0.2")).isEqualTo("10.0.0.1");
        // garbage (or a name, which is never looked up) stops the walk at the last address known
        assertThat(resolve(clients, "10.1.2.3", "198.51.100.7, example.com")).isEqualTo("10.1.2.3");
        assertThat(resolve(clients, "10.1.2.3", "deadbeef")).isEqualTo("10.1.2.3");
        // a connection from outside the trusted list is believed about nothing
        assertThat(resolve(clients, "192.0.2.11", "198.51.100.7")).isEqualTo("192.0.2.11");
        assertThat(resolve(clients, "11.0.0.1", "198.51.100.7")).isEqualTo("11.0.0.1");
    }

    @Test
    void ipv6ClientsAreCountedByTheirSlash64AndIpv4ByTheirAddress() throws Exception {
        assertThat(ClientAddress.bucketOf(InetAddress.getByName("2001:db8:aa:bb:1:2:3:4"))).isEqualTo("2001:db8:aa:bb::/64");
        assertThat(ClientAddress.bucketOf(InetAddress.getByName("2001:db8:aa:bb:ffff::1")))
                .isEqualTo(ClientAddress.bucketOf(InetAddress.getByName("2001:db8:aa:bb::2")));
        assertThat(ClientAddress.bucketOf(InetAddress.getByName("2001:db8:aa:bc::1"))).isEqualTo("2001:db8:aa:bc::/64");
        assertThat(ClientAddress.bucketOf(InetAddress.getByName("::1"))).isEqualTo("0:0:0:0::/64");
        assertThat(ClientAddress.bucketOf(InetAddress.getByName("203.0.113.9"))).isEqualTo("203.0.113.9");
        // an IPv4 client reached over IPv6 is an IPv4 client
        assertThat(ClientAddress.bucketOf(ClientAddress.literal("::ffff:203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void onlyIpLiteralsAreAddresses() {
        assertThat(ClientAddress.literal("[2001:db8::1]")).isNotNull();
        assertThat(ClientAddress.literal("fe80::1%eth0")).isNotNull();
        for (String notOne : new String[]{"", "localhost", "example.com", "1.2.3", "256.1.1.1", "1.2.3.4.5", "12345",
                "2001:db8::g", "unknown", "1.2.3.4:80"}) {
            assertThat(ClientAddress.literal(notOne)).as(notOne).isNull();
        }
    }

    @Test
    void aTrustedProxyThatIsNoAddressStopsTheStart() {
        assertThatThrownBy(() -> new ClientAddress("proxy.internal")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("proxy.internal");
        assertThatThrownBy(() -> new ClientAddress("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String resolve(ClientAddress clients, String remote, String... forwardedFor) {
        return clients.resolve(remote, Collections.enumeration(List.of(forwardedFor))).getHostAddress();
    }
}
