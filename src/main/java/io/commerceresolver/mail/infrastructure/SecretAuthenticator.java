package io.commerceresolver.mail.infrastructure;

import jakarta.mail.PasswordAuthentication;

import org.apache.camel.component.mail.MailAuthenticator;

import io.commerceresolver.mail.MailChannelSettings;
import io.commerceresolver.secret.Secrets;
import io.commerceresolver.system.TenantScope;

/**
 * Gives the mailbox's password to the mail component when it connects, read from the tenant's secrets then: the
 * password never sits in an endpoint URI (where Camel's registry, JMX or a log could show it).
 */
class SecretAuthenticator extends MailAuthenticator {

    private final Secrets secrets;
    private final String tenantId;
    private final String username;

    SecretAuthenticator(Secrets secrets, String tenantId, String username) {
        this.secrets = secrets;
        this.tenantId = tenantId;
        this.username = username;
    }

    @Override
    public PasswordAuthentication getPasswordAuthentication() {
        String password = TenantScope.of(tenantId, () -> secrets.reveal(tenantId, MailChannelSettings.IMAP_PASSWORD)).orElse("");
        return new PasswordAuthentication(username, password);
    }
}
