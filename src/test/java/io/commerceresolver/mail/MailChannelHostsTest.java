package io.commerceresolver.mail;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import io.commerceresolver.security.OutboundHosts;
import io.commerceresolver.system.BadRequest;

/** A tenant's mailbox is a host the service connects to: one on the service's own network is refused before anything is kept. */
class MailChannelHostsTest {

    // nothing else is reached: the refusal comes before any secret, table or mailbox is touched
    private final MailChannelSettings settings = new MailChannelSettings(null, null, null, null, new OutboundHosts(false), null,
            Clock.systemUTC());

    @Test
    void anImapServerOnThePrivateNetworkIsRefusedNamingTheField() {
        MailChannelRequest request = new MailChannelRequest("imap", "support@shop.example",
                new MailChannelRequest.ImapRequest("10.0.0.12", 993, true, "support", "secret", null, 60), null, null);

        assertThatThrownBy(() -> settings.save("demo", request, "test"))
                .isInstanceOf(BadRequest.class)
                .hasMessageContaining("Field 'imap.host'")
                .extracting(refused -> ((BadRequest) refused).field()).isEqualTo("imap.host");
    }

    @Test
    void anSmtpServerOnTheLoopbackIsRefusedNamingTheField() {
        MailChannelRequest request = new MailChannelRequest("imap", "support@shop.example",
                new MailChannelRequest.ImapRequest("8.8.8.8", 993, true, "support", "secret", null, 60),
                new MailChannelRequest.SmtpRequest("127.0.0.1", 25, "none", null, null), null);

        assertThatThrownBy(() -> settings.save("demo", request, "test"))
                .isInstanceOf(BadRequest.class)
                .extracting(refused -> ((BadRequest) refused).field()).isEqualTo("smtp.host");
    }
}
