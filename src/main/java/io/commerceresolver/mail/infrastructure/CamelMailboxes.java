package io.commerceresolver.mail.infrastructure;

import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.component.mail.MailAuthenticator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.commerceresolver.mail.MailChannel;
import io.commerceresolver.mail.Mailboxes;
import io.commerceresolver.secret.Secrets;

/**
 * One route a tenant: an IMAP mailbox from the template in camel-routes/intake/mail.yaml ({@value #TEMPLATE}, id
 * {@code mail-intake-<tenant>}), a Gmail account from camel-routes/intake/gmail.yaml ({@value #GMAIL_TEMPLATE}, id
 * {@code gmail-intake-<tenant>}). A changed channel replaces its route: stopped (a poll under way ends first), removed,
 * made again with the new settings, of whichever kind the channel now is.
 */
class CamelMailboxes implements Mailboxes {

    static final String TEMPLATE = "mail-intake";
    static final String GMAIL_TEMPLATE = "gmail-intake";
    private static final Logger log = LoggerFactory.getLogger(CamelMailboxes.class);

    private final CamelContext camel;
    private final Secrets secrets;

    CamelMailboxes(CamelContext camel, Secrets secrets) {
        this.camel = camel;
        this.secrets = secrets;
    }

    static String routeId(String tenantId) {
        return TEMPLATE + "-" + tenantId;
    }

    @Override
    public synchronized void watch(MailChannel channel) {
        String routeId = routeId(channel.tenantId());
        try {
            for (String existing : new String[] {routeId, GMAIL_TEMPLATE + "-" + channel.tenantId()}) {
                if (camel.getRoute(existing) != null) {
                    camel.getRouteController().stopRoute(existing, 30, TimeUnit.SECONDS);
                    camel.removeRoute(existing);
                }
            }
            if (channel.gmail() != null) {
                TemplatedRouteBuilder.builder(camel, GMAIL_TEMPLATE)
                        .routeId(GMAIL_TEMPLATE + "-" + channel.tenantId())
                        .parameter("tenant", channel.tenantId())
                        .parameter("period", Long.toString(channel.gmail().pollSeconds() * 1000L))
                        .add();
                log.info("Reading the Gmail inbox of tenant {} every {} s", channel.tenantId(), channel.gmail().pollSeconds());
                return;
            }
            MailChannel.Imap imap = channel.imap();
            if (imap == null) {
                return;
            }
            // bound in the registry by a name of the tenant's (replaced when the channel changes), found by the route through
            // the template's authenticator parameter
            String authenticator = "mailAuthenticator-" + channel.tenantId();
            camel.getRegistry().bind(authenticator, MailAuthenticator.class, new SecretAuthenticator(secrets, channel.tenantId(), imap.username()));
            TemplatedRouteBuilder.builder(camel, TEMPLATE)
                    .routeId(routeId)
                    .parameter("tenant", channel.tenantId())
                    .parameter("protocol", imap.ssl() ? "imaps" : "imap")
                    .parameter("host", imap.host())
                    .parameter("port", Integer.toString(imap.port()))
                    .parameter("folder", imap.folder())
                    .parameter("delay", Long.toString(imap.pollSeconds() * 1000L))
                    .parameter("authenticator", authenticator)
                    .add();
            log.info("Reading mailbox {}@{}:{}/{} for tenant {} every {} s", imap.username(), imap.host(), imap.port(), imap.folder(),
                    channel.tenantId(), imap.pollSeconds());
        } catch (Exception failed) {
            throw new IllegalStateException("Could not watch the mailbox of tenant " + channel.tenantId() + ": " + failed.getMessage(), failed);
        }
    }
}
