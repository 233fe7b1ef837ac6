package io.commerceresolver.mail.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpHeaders;
import com.google.api.client.http.HttpResponseException;

/** Which of Google's answers a later try can mend (vendors/gmail/README.md, "Resolve errors"). */
class GmailFailureTest {

    @Test
    void unavailableRateLimitedAndUnreachableAreTriedAgain() {
        assertThat(GmailFailure.of(google(503, "backendError")).isTransient()).isTrue();
        assertThat(GmailFailure.of(google(500, "backendError")).isTransient()).isTrue();
        assertThat(GmailFailure.of(google(429, "rateLimitExceeded")).isTransient()).isTrue();
        assertThat(GmailFailure.of(google(403, "userRateLimitExceeded")).isTransient()).isTrue();
        assertThat(GmailFailure.of(new SocketTimeoutException("Read timed out")).isTransient()).isTrue();
    }

    @Test
    void aRefusedAccessOrRequestIsNot() {
        GmailFailure unauthorized = GmailFailure.of(google(401, "authError"));
        assertThat(unauthorized.isTransient()).isFalse();
        assertThat(unauthorized.said()).contains("401", "connect the Gmail account again");
        assertThat(GmailFailure.of(google(400, "invalidArgument")).isTransient()).isFalse();
        assertThat(GmailFailure.of(google(403, "insufficientPermissions")).isTransient()).isFalse();
    }

    @Test
    void whatIsSaidNamesTheStatusAndReasonOnly() {
        assertThat(GmailFailure.of(google(503, "backendError")).said()).isEqualTo("Gmail answered 503 (backendError)");
    }

    private static IOException google(int status, String reason) {
        GoogleJsonError.ErrorInfo info = new GoogleJsonError.ErrorInfo();
        info.setReason(reason);
        info.setMessage("the body may quote the mail");
        GoogleJsonError error = new GoogleJsonError();
        error.setCode(status);
        error.setErrors(List.of(info));
        return new GoogleJsonResponseException(new HttpResponseException.Builder(status, "Status " + status, new HttpHeaders()), error);
    }
}
