package io.commerceresolver.mail.infrastructure;

import java.io.IOException;

import com.google.api.client.auth.oauth2.TokenResponseException;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpResponseException;

/**
 * What a failed Gmail call means for the channel, said without the response body (which may quote the mail):
 * {@code transient} when a later try can succeed (429, 5xx, Google's rate limits, the network), not when Google
 * refuses the tenant's grant (invalid_grant, 401) or the request itself.
 */
record GmailFailure(String said, boolean isTransient) {

    static GmailFailure of(IOException failed) {
        if (failed instanceof TokenResponseException token) {
            String error = token.getDetails() == null ? "HTTP " + token.getStatusCode() : token.getDetails().getError();
            boolean retry = token.getStatusCode() == 429 || token.getStatusCode() >= 500;
            return new GmailFailure("Google refused the channel's OAuth grant (" + error + "): connect the Gmail account again and "
                    + "store its new refresh token", retry);
        }
        if (failed instanceof HttpResponseException answer) {
            int status = answer.getStatusCode();
            String reason = failed instanceof GoogleJsonResponseException json && json.getDetails() != null
                    && json.getDetails().getErrors() != null && !json.getDetails().getErrors().isEmpty()
                    ? json.getDetails().getErrors().get(0).getReason() : answer.getStatusMessage();
            if (status == 401) {
                return new GmailFailure("Gmail refused the channel's access (401 " + reason + "): connect the Gmail account again", false);
            }
            boolean rateLimited = status == 403 && reason != null && reason.toLowerCase(java.util.Locale.ROOT).contains("ratelimit");
            return new GmailFailure("Gmail answered " + status + " (" + reason + ")", status == 429 || status >= 500 || rateLimited);
        }
        return new GmailFailure("Gmail could not be reached (" + failed.getClass().getSimpleName() + ")", true);
    }
}
