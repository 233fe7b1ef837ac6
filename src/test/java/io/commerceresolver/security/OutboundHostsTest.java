package io.commerceresolver.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.commerceresolver.system.BadRequest;

class OutboundHostsTest {

    private final OutboundHosts publicOnly = new OutboundHosts(false);

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "0.0.0.0",
            "100.64.0.1", "198.18.0.1", "::1", "fd00::1", "fe80::1", "::ffff:127.0.0.1", "224.0.0.1", "2130706433", "127.1",
            "192.0.0.192", "240.0.0.1", "255.255.255.255", "::127.0.0.1", "64:ff9b::a9fe:a9fe", "2002:a00:1::1", "2001:0:4136:e378::1"})
    void aHostOnThePrivateNetworkIsRefusedNamingTheField(String host) {
        assertThatThrownBy(() -> publicOnly.requirePublic(host, "baseUrl"))
                .isInstanceOf(BadRequest.class)
                .hasMessageContaining("Field 'baseUrl'")
                .hasMessageContaining("private network");
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "23.227.38.65", "100.128.0.1", "2606:4700::6810:84e5", "64:ff9b::808:808", "2002:808:808::1"})
    void aPublicAddressIsAllowed(String host) {
        assertThatCode(() -> publicOnly.requirePublic(host, "baseUrl")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"shop.invalid", "nothing-here.invalid"})
    void aHostThatDoesNotResolveIsRefused(String host) {
        assertThatThrownBy(() -> publicOnly.requirePublic(host, "host")).isInstanceOf(BadRequest.class).hasMessageContaining("does not resolve");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "10.1.2.3"})
    void aStubOnThisMachineIsAllowedWhereTheOperatorSaysSo(String host) {
        assertThatCode(() -> new OutboundHosts(true).requirePublic(host, "baseUrl")).doesNotThrowAnyException();
    }
}
