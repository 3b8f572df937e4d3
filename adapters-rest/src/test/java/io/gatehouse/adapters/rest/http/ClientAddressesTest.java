package io.gatehouse.adapters.rest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    @Test
    void withoutTrustedProxiesThePeerIsTheClientWhateverTheHeaderSays() {
        ClientAddresses addresses = new ClientAddresses("");
        assertEquals("198.51.100.7", addresses.resolve("198.51.100.7", "203.0.113.1"));
    }

    @Test
    void behindATrustedProxyTheForwardedClientCounts() {
        ClientAddresses addresses = new ClientAddresses("10.0.0.0/8, 127.0.0.1");
        assertEquals("203.0.113.1", addresses.resolve("10.1.2.3", "203.0.113.1"));
        assertEquals("203.0.113.1", addresses.resolve("127.0.0.1", "203.0.113.1, 10.9.9.9"));
    }

    @Test
    void aForgedLeftmostEntryIsIgnoredInFavourOfTheFirstUntrustedHop() {
        ClientAddresses addresses = new ClientAddresses("10.0.0.0/8");
        assertEquals("198.51.100.20", addresses.resolve("10.0.0.1", "1.2.3.4, 198.51.100.20"));
    }

    @Test
    void anUntrustedPeerCannotForwardForAnyone() {
        ClientAddresses addresses = new ClientAddresses("10.0.0.0/8");
        assertEquals("198.51.100.7", addresses.resolve("198.51.100.7", "10.0.0.5"));
    }

    @Test
    void malformedOrNamedEntriesAreNeverResolved() {
        ClientAddresses addresses = new ClientAddresses("10.0.0.0/8");
        assertEquals("10.0.0.1", addresses.resolve("10.0.0.1", "evil.example.test"));
        assertEquals("198.51.100.3", addresses.resolve("10.0.0.1", "nonsense, 198.51.100.3"));
    }

    @Test
    void ipv6RangesWork() {
        ClientAddresses addresses = new ClientAddresses("fd00::/8");
        assertEquals("2001:db8:0:0:0:0:0:1", addresses.resolve("fd12::1", "2001:db8::1"));
        assertEquals("fe80::1", addresses.resolve("fe80::1", "2001:db8::1"));
    }

    @Test
    void badConfigurationIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddresses("proxy.example.test"));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddresses("10.0.0.0/33"));
    }
}
