package io.commerceresolver.channelfeatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.commerceresolver.mail.GmailMailbox;
import io.commerceresolver.mail.MailChannelRequest;
import io.commerceresolver.mail.MailChannelSettings;
import io.commerceresolver.mail.MailFixtures;
import io.commerceresolver.system.TenantScope;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** A store's Gmail account on the Gmail API stub (GmailStub), as a customer and the store use it. */
public class GmailSteps {

    @Autowired
    IntakeSteps store;
    @Autowired
    MailChannelSettings channels;
    @Autowired
    ObjectMapper json;

    private GmailMailbox gmail;
    private String address;
    private String lastMessageId;
    private String lastThread;

    @Given("a store whose support mailbox is the Gmail account {string}")
    public void aStoreWithGmail(String supportAddress) {
        String tenantId = store.newStore();
        address = supportAddress;
        gmail = GmailMailbox.create(tenantId);
        MailChannelRequest request = new MailChannelRequest("gmail", address, null, null, new MailChannelRequest.GmailRequest(
                "1234-" + tenantId + ".apps.googleusercontent.com", "client-secret", gmail.refreshToken(), 1));
        store.asStore(() -> channels.save(tenantId, request, "cucumber"));
        TenantScope.of(tenantId, () -> channels.apply(tenantId));
    }

    @Given("{string} wrote {string} to the Gmail account saying {string}")
    public void wrote(String customer, String subject, String text) {
        writes(customer, subject, text);
        store.awaitTicketFrom(customer);
    }

    @When("{string} writes {string} to the Gmail account saying {string}")
    public void writes(String customer, String subject, String text) {
        lastMessageId = CustomerMail.newMessageId();
        lastThread = "thread-" + lastMessageId.hashCode();
        gmail.deliver(CustomerMail.raw(customer, address, subject, lastMessageId, null, CustomerMail.plainText(text)), lastThread);
    }

    @When("{string} replies in that Gmail conversation {string}")
    public void replies(String customer, String text) {
        gmail.deliver(CustomerMail.raw(customer, address, "Re: earlier", CustomerMail.newMessageId(), lastMessageId,
                CustomerMail.plainText(text)), lastThread);
    }

    @When("the Gmail account receives an out-of-office reply")
    public void receivesOutOfOffice() {
        gmail.deliver(MailFixtures.bytes("auto-reply.eml"), "thread-ooo");
    }

    @Given("Gmail answers {string} the next {int} times a mail is fetched")
    public void unavailable(String answer, int times) {
        assertThat(answer).startsWith("503");
        gmail.unavailable(gmail::anyFetch, times);
    }

    @Then("Gmail shows no unread mail")
    public void noUnreadMail() {
        await().atMost(IntakeSteps.PATIENCE).until(() -> gmail.unread().isEmpty());
    }

    @Then("{string} gets an answer through Gmail in that conversation, once")
    public void getsAnswerInConversation(String customer) throws Exception {
        await().atMost(IntakeSteps.PATIENCE).until(() -> !gmail.sends().isEmpty());
        JsonNode sent = json.readTree(gmail.sends().get(0).getBodyAsString());
        MimeMessage answer = new MimeMessage(Session.getInstance(new Properties()),
                new java.io.ByteArrayInputStream(Base64.getUrlDecoder().decode(sent.path("raw").asText())));
        assertThat(sent.path("threadId").asText()).isEqualTo(lastThread);
        assertThat(answer.getHeader("In-Reply-To", null)).isEqualTo(lastMessageId);
        assertThat(List.of(answer.getAllRecipients()).toString()).contains(customer);
        await().during(Duration.ofSeconds(1)).atMost(IntakeSteps.PATIENCE).until(() -> gmail.sends().size() == 1);
    }
}
