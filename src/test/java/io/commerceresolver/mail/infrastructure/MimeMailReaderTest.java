package io.commerceresolver.mail.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.commerceresolver.mail.MailAttachment;
import io.commerceresolver.mail.MailFixtures;
import io.commerceresolver.mail.ReceivedMail;
import io.commerceresolver.mail.UnreadableMail;

class MimeMailReaderTest {

    private final MimeMailReader reader = new MimeMailReader(1_000_000);

    @Test
    void readsSenderSubjectTextAndThread() {
        ReceivedMail mail = reader.read(MailFixtures.bytes("reply.eml"));

        assertThat(mail.fromAddress()).isEqualTo("ana@customer.example");
        assertThat(mail.subject()).isEqualTo("Re: Where is my order?");
        assertThat(mail.text()).contains("Any news about ORD-1001?");
        assertThat(mail.messageId()).isEqualTo("<order-1-reply@customer.example>");
        assertThat(mail.inReplyTo()).isEqualTo("<order-1@customer.example>");
        assertThat(mail.answers()).containsExactly("<order-1@customer.example>");
        assertThat(mail.textFromHtml()).isFalse();
    }

    @Test
    void anHtmlOnlyMailBecomesTheTextAPersonSees() {
        ReceivedMail mail = reader.read(MailFixtures.bytes("html-only.eml"));

        assertThat(mail.textFromHtml()).isTrue();
        assertThat(mail.text()).isEqualTo("Please refund order ORD-1002.\n\nCafé mug arrived broken.\nBob");
    }

    @Test
    void listsAttachmentsWithTheirDecodedSizeAndKeepsThePlainText() {
        ReceivedMail mail = reader.read(MailFixtures.bytes("attachments.eml"));

        assertThat(mail.text()).isEqualTo("The lamp from ORD-1003 is broken, see the photo and the invoice.");
        assertThat(mail.attachments()).containsExactly(new MailAttachment("lamp.jpg", "image/jpeg", 51),
                new MailAttachment("invoice.pdf", "application/pdf", 48));
    }

    @Test
    void aBounceShowsItsReportType() {
        ReceivedMail mail = reader.read(MailFixtures.bytes("bounce.eml"));

        assertThat(mail.contentType()).isEqualTo("multipart/report");
        assertThat(mail.reportType()).isEqualTo("delivery-status");
    }

    @Test
    void refusesAnUnknownCharsetAMissingFromAndTooManyBytes() {
        assertThatThrownBy(() -> reader.read(MailFixtures.bytes("bad-charset.eml"))).isInstanceOf(UnreadableMail.class)
                .hasMessageContaining("x-no-such-charset-42");
        assertThatThrownBy(() -> reader.read(MailFixtures.bytes("no-from.eml"))).isInstanceOf(UnreadableMail.class)
                .hasMessageContaining("no From");
        assertThatThrownBy(() -> new MimeMailReader(100).read(MailFixtures.bytes("customer.eml"))).isInstanceOf(UnreadableMail.class)
                .hasMessageContaining("larger than the 100 bytes");
        assertThatThrownBy(() -> reader.read(new byte[0])).isInstanceOf(UnreadableMail.class);
    }

    @Test
    void aMalformedFromIsRefusedNotThrownAsSomethingElse() {
        byte[] raw = "From: <<not an address\r\nSubject: x\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> reader.read(raw)).isInstanceOf(UnreadableMail.class);
    }

    @Test
    void deepNestingIsRefused() {
        StringBuilder mime = new StringBuilder("From: a@b.example\r\nContent-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n");
        for (int i = 0; i < 15; i++) {
            mime.append("--b").append(i).append("\r\nContent-Type: multipart/mixed; boundary=\"b").append(i + 1).append("\"\r\n\r\n");
        }
        assertThatThrownBy(() -> reader.read(mime.toString().getBytes(StandardCharsets.US_ASCII))).isInstanceOf(UnreadableMail.class);
    }
}
