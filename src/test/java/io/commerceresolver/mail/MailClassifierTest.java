package io.commerceresolver.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailClassifierTest {

    private static final String OWN = "support@shop.example";

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Auto-Submitted           | auto-replied                | AUTO_REPLY
            Auto-Submitted           | auto-generated              | AUTO_REPLY
            Auto-Submitted           | no                          | CUSTOMER_MAIL
            X-Autoreply              | yes                         | AUTO_REPLY
            X-Autorespond            | 1                           | AUTO_REPLY
            X-Auto-Response-Suppress | All                         | AUTO_REPLY
            Precedence               | bulk                        | AUTO_REPLY
            Precedence               | junk                        | AUTO_REPLY
            Precedence               | list                        | AUTO_REPLY
            Precedence               | auto_reply                  | AUTO_REPLY
            Precedence               | first-class                 | CUSTOMER_MAIL
            X-Loop                   | support@shop.example        | LOOP
            X-Loop                   | helpdesk@elsewhere.example  | CUSTOMER_MAIL
            Return-Path              | <>                          | BOUNCE
            """)
    void aHeaderTellsAMachineFromACustomer(String header, String value, MailVerdict.Kind expected) {
        assertThat(MailClassifier.classify(mail("ana@customer.example", header, value, "text/plain", null), OWN).kind()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"MAILER-DAEMON@mx.example, BOUNCE", "support@shop.example, LOOP", "Support@Shop.Example, LOOP", "ana@customer.example, CUSTOMER_MAIL"})
    void theSenderAloneCanTell(String from, MailVerdict.Kind expected) {
        assertThat(MailClassifier.classify(mail(from, "X-Nothing", "", "text/plain", null), OWN).kind()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}; report-type={1} -> {2}")
    @CsvSource({"multipart/report, delivery-status, BOUNCE", "multipart/report, disposition-notification, CUSTOMER_MAIL",
            "multipart/mixed, , CUSTOMER_MAIL"})
    void aDeliveryStatusReportIsABounce(String type, String reportType, MailVerdict.Kind expected) {
        assertThat(MailClassifier.classify(mail("ana@customer.example", "X-Nothing", "", type, reportType), OWN).kind()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "without an own address: {0}")
    @CsvSource({"X-Loop, support@shop.example, CUSTOMER_MAIL"})
    void aTenantWithoutAnAddressHasNoLoopToTell(String header, String value, MailVerdict.Kind expected) {
        assertThat(MailClassifier.classify(mail("ana@customer.example", header, value, "text/plain", null), null).kind()).isEqualTo(expected);
    }

    private static ReceivedMail mail(String from, String header, String value, String type, String reportType) {
        MailHeaders headers = new MailHeaders(List.of(new MailHeaders.Field("From", from), new MailHeaders.Field(header, value)));
        String returnPath = header.equals("Return-Path") ? value : null;
        return new ReceivedMail("<m@x>", null, List.of(), from, returnPath, "subject", "text", false, List.of(), type, reportType, headers);
    }
}
