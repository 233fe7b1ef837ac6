package io.commerceresolver.mail.infrastructure;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.commerceresolver.mail.GmailSender;
import io.commerceresolver.mail.MailChannelSettings;
import io.commerceresolver.mail.MailChannels;
import io.commerceresolver.mail.MailIntake;
import io.commerceresolver.mail.MailReader;
import io.commerceresolver.mail.MailThreads;
import io.commerceresolver.mail.MailTransport;
import io.commerceresolver.mail.Mailboxes;
import io.commerceresolver.mail.OutboxSending;
import io.commerceresolver.notify.OutboxDeliveries;
import io.commerceresolver.playbook.Runs;
import io.commerceresolver.mail.RefusedMails;
import io.commerceresolver.playbook.EventLog;
import io.commerceresolver.secret.Secrets;
import io.commerceresolver.security.OutboundHosts;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.ticket.TicketIntake;
import io.commerceresolver.ticket.Tickets;
import io.micrometer.core.instrument.MeterRegistry;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    MailChannels mailChannels(MailChannelMapper mapper) {
        return new MailChannelsDatabase(mapper);
    }

    @Bean
    MailThreads mailThreads(MailThreadMapper mapper, StoredJson json, DataSource dataSource) {
        return new MailThreadsDatabase(mapper, json, dataSource);
    }

    @Bean
    RefusedMails refusedMails(RefusedMailMapper mapper, MeterRegistry meters) {
        return new RefusedMailsDatabase(mapper, meters);
    }

    @Bean
    MailReader mailReader(@Value("${resolver.mail.max-bytes}") long maxBytes) {
        return new MimeMailReader(maxBytes);
    }

    @Bean
    Mailboxes mailboxes(CamelContext camel, Secrets secrets) {
        return new CamelMailboxes(camel, secrets);
    }

    @Bean
    MailIntake mailIntake(MailReader reader, MailChannels channels, MailThreads threads, RefusedMails refusals, TicketIntake intake,
                          Tickets tickets, EventLog events, Transactions transactions, Clock clock) {
        return new MailIntake(reader, channels, threads, refusals, intake, tickets, events, transactions, clock);
    }

    @Bean
    MailChannelSettings mailChannelSettings(MailChannels channels, RefusedMails refusals, Secrets secrets, Mailboxes mailboxes,
                                            OutboundHosts hosts, Transactions transactions, Clock clock) {
        return new MailChannelSettings(channels, refusals, secrets, mailboxes, hosts, transactions, clock);
    }

    /** camel-routes/intake/mail.yaml calls it by this name. */
    @Bean("mailboxIntake")
    MailboxIntakeEndpoint mailboxIntake(MailIntake intake, @Value("${resolver.mail.max-bytes}") long maxBytes) {
        return new MailboxIntakeEndpoint(intake, maxBytes);
    }

    /** Once the routes (and so the template) are loaded: every configured mailbox is read again. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> mailboxesAtStart(MailChannelSettings settings) {
        return ready -> settings.watchAll();
    }

    @Bean
    GmailClients gmailClients(@Value("${resolver.mail.gmail.root-url}") String rootUrl, @Value("${resolver.mail.gmail.token-url}") String tokenUrl,
                              @Value("${resolver.mail.gmail.timeout}") Duration timeout, Secrets secrets,
                              @Value("${resolver.connectors.allow-plain-http:false}") boolean allowPlainHttp) {
        return new GmailClients(rootUrl, tokenUrl, timeout, secrets, allowPlainHttp);
    }

    /** camel-routes/intake/gmail.yaml calls it by this name. */
    @Bean("gmailIntake")
    GmailIntakeEndpoint gmailIntake(GmailClients clients, MailIntake intake) {
        return new GmailIntakeEndpoint(clients, intake);
    }

    @Bean
    GmailSender gmailSender(GmailClients clients) {
        return new GmailApiSender(clients);
    }

    @Bean
    MailTransport mailTransport() {
        return new SmtpTransport(Duration.ofSeconds(30));
    }

    @Bean
    OutboxSending outboxSending(OutboxDeliveries outbox, MailChannels channels, MailThreads threads, MailTransport transport, GmailSender gmail,
                                Secrets secrets, Runs runs, Tickets tickets, EventLog events, Transactions transactions, Clock clock,
                                @Value("${resolver.mail.outbox.batch}") int batch, @Value("${resolver.mail.outbox.lease}") Duration lease,
                                @Value("${resolver.mail.outbox.max-attempts}") int maxAttempts,
                                @Value("${resolver.mail.outbox.backoff}") Duration backoff,
                                @Value("${resolver.mail.outbox.max-backoff}") Duration maxBackoff) {
        return new OutboxSending(outbox, channels, threads, transport, gmail, secrets, runs, tickets, events, transactions, clock,
                new OutboxSending.Settings(batch, lease, maxAttempts, backoff, maxBackoff), instanceName());
    }

    /** camel-routes/outbound/mail.yaml calls it by this name. */
    @Bean("mailOutboxSender")
    OutboxSenderEndpoint mailOutboxSender(OutboxSending sending) {
        return new OutboxSenderEndpoint(sending);
    }

    /** Who holds an outbox claim: this host and this run, so two instances on one host are told apart. */
    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException unknown) {
            host = "host";
        }
        String name = host + "/" + UUID.randomUUID();
        return name.length() <= 100 ? name : name.substring(name.length() - 100);
    }
}
