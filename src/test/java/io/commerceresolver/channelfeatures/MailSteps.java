package io.commerceresolver.channelfeatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.commerceresolver.mail.GreenMailbox;
import io.commerceresolver.mail.MailAttachment;
import io.commerceresolver.mail.MailChannelRequest;
import io.commerceresolver.mail.MailChannelSettings;
import io.commerceresolver.mail.MailFixtures;
import io.commerceresolver.mail.MailThreads;
import io.commerceresolver.mail.RefusedMail;
import io.commerceresolver.mail.RefusedMails;
import io.commerceresolver.system.TenantScope;

import io.cucumber.java.AfterAll;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** A store's mailbox on a GreenMail server (real IMAP and SMTP, in process), as a customer and the store use it. */
public class MailSteps {

    private static GreenMail server;

    @Autowired
    IntakeSteps store;
    @Autowired
    MailChannelSettings channels;
    @Autowired
    MailThreads threads;
    @Autowired
    RefusedMails refusals;

    private GreenMailbox mailbox;
    private String address;
    private String lastMessageId;

    @BeforeAll
    public static void startMailServer() {
        server = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        server.start();
    }

    @AfterAll
    public static void stopMailServer() {
        server.stop();
    }

    @Given("a store whose support mailbox is {string}")
    public void aStoreWithMailbox(String supportAddress) {
        String tenantId = store.newStore();
        address = supportAddress;
        mailbox = GreenMailbox.create(server, "inbox-" + tenantId);
        configure(null);
    }

    @Given("the store sends its mail through its own mail server")
    public void sendsThroughOwnServer() {
        configure(new MailChannelRequest.SmtpRequest("127.0.0.1", server.getSmtp().getPort(), "none", null, null));
    }

    @Given("{string} mailed {string} saying {string}")
    public void mailed(String customer, String subject, String text) {
        mails(customer, subject, text);
        store.awaitTicketFrom(customer);
    }

    @When("{string} mails {string} saying {string}")
    public void mails(String customer, String subject, String text) {
        deliver(customer, subject, null, CustomerMail.plainText(text));
    }

    @When("{string} replies in that thread {string}")
    public void replies(String customer, String text) {
        deliver(customer, "Re: earlier", lastMessageId, CustomerMail.plainText(text));
    }

    @When("{string} mails the page {string} with the photo {string}")
    public void mailsHtmlWithPhoto(String customer, String html, String photo) {
        deliver(customer, "A page", null, "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n" + html + "\r\n"
                + "--b1\r\nContent-Type: image/jpeg\r\nContent-Disposition: attachment; filename=\"" + photo + "\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n/9j/4AAQSkZJRgABAQAAAQABAAD/\r\n--b1--\r\n");
    }

    @When("the mailbox receives an out-of-office reply")
    public void receivesOutOfOffice() {
        mailbox.deliver(MailFixtures.bytes("auto-reply.eml"));
    }

    @When("the mailbox receives a bounce")
    public void receivesBounce() {
        mailbox.deliver(MailFixtures.bytes("bounce.eml"));
    }

    @When("the mailbox receives the store's own answer come back")
    public void receivesOwnAnswer() {
        mailbox.deliver(MailFixtures.bytes("loop.eml"));
    }

    @Then("the ticket's text is {string}")
    public void textIs(String text) {
        assertThat(store.ticket().text()).isEqualTo(text);
    }

    @Then("the ticket's text is {string} when read on one line")
    public void textOnOneLine(String text) {
        assertThat(store.awaitTicketFrom("bob@customer.example").text().replaceAll("\\s+", " ")).isEqualTo(text);
    }

    @Then("the ticket holds {int} mails")
    public void holdsMails(int count) {
        await().atMost(IntakeSteps.PATIENCE).until(() -> store.asStore(() -> threads.thread(store.tenantId(), store.ticketId())).size() == count);
    }

    @Then("the ticket lists the attachment {string} of type {string}")
    public void listsAttachment(String name, String type) {
        assertThat(store.asStore(() -> threads.thread(store.tenantId(), store.ticketId()))).singleElement()
                .satisfies(mail -> assertThat(mail.attachments()).extracting(MailAttachment::name, MailAttachment::type)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(name, type)));
    }

    @Then("the store sees the mail refused as {string}")
    public void refusedAs(String kind) {
        List<RefusedMail> refused = await().atMost(IntakeSteps.PATIENCE)
                .until(() -> store.asStore(() -> refusals.newest(store.tenantId(), 10)), list -> !list.isEmpty());
        assertThat(refused).singleElement().satisfies(mail -> assertThat(mail.kind().code()).isEqualTo(kind));
        store.ticketCount(0);
    }

    @Then("{string} gets an answer in the thread of that mail, once")
    public void getsThreadedAnswer(String customer) throws Exception {
        MimeMessage answer = await().atMost(IntakeSteps.PATIENCE).until(() -> sentTo(customer), list -> !list.isEmpty()).get(0);
        assertThat(answer.getHeader("In-Reply-To", null)).isEqualTo(lastMessageId);
        await().during(Duration.ofSeconds(1)).atMost(IntakeSteps.PATIENCE).until(() -> sentTo(customer).size() == 1);
    }

    private List<MimeMessage> sentTo(String customer) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(customer));
            } catch (Exception unreadable) {
                return false;
            }
        }).toList();
    }

    private void deliver(String customer, String subject, String inReplyTo, String body) {
        lastMessageId = inReplyTo == null ? CustomerMail.newMessageId() : lastMessageId;
        mailbox.deliver(CustomerMail.raw(customer, address, subject, inReplyTo == null ? lastMessageId : CustomerMail.newMessageId(),
                inReplyTo, body));
    }

    private void configure(MailChannelRequest.SmtpRequest smtp) {
        MailChannelRequest request = new MailChannelRequest(null, address, new MailChannelRequest.ImapRequest("127.0.0.1", server.getImap().getPort(),
                false, mailbox.login(), mailbox.password(), "INBOX", 1), smtp, null);
        store.asStore(() -> channels.save(store.tenantId(), request, "cucumber"));
        TenantScope.of(store.tenantId(), () -> channels.apply(store.tenantId()));
    }
}
