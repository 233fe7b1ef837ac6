package io.commerceresolver.connector.infrastructure.stripe;

import java.util.Locale;

import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.PermissionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;

import io.commerceresolver.connector.ConnectorRejection;
import io.commerceresolver.connector.RateLimited;
import io.commerceresolver.connector.TransientFailure;
import io.commerceresolver.connector.Unauthorized;

/**
 * stripe-java's exceptions as the port's failures (Stripe's error types: https://docs.stripe.com/error-handling):
 * a refused or restricted key is {@link Unauthorized}; 429 (Stripe sends no Retry-After) is {@link RateLimited} with
 * the caller's own backoff; no answer, a timeout, or a 5xx {@code api_error} is {@link TransientFailure}; a key reused
 * with other parameters is {@code idempotency_key_reused}; any other refusal keeps Stripe's own code
 * ({@code charge_already_refunded}, {@code amount_too_large}, ...) and message.
 */
final class StripeFailures {

    private StripeFailures() {
    }

    static RuntimeException of(String operation, StripeException e) {
        boolean answered = e.getStatusCode() != null && e.getStatusCode() > 0;
        String message = "Stripe " + (answered ? "answered " + e.getStatusCode() + " " : "did not answer ") + "to " + operation + ": "
                + e.getMessage();
        if (e instanceof AuthenticationException || e instanceof PermissionException) {
            return new Unauthorized(message);
        }
        if (e instanceof RateLimitException) {
            return new RateLimited(message, null);
        }
        if (e instanceof ApiConnectionException || !answered || e.getStatusCode() >= 500) {
            return new TransientFailure(message, e);
        }
        if (e.getStatusCode() == 429) {
            return new RateLimited(message, null);
        }
        if (e instanceof IdempotencyException) {
            return new ConnectorRejection("idempotency_key_reused", message);
        }
        String code = e.getCode() == null ? "stripe_" + e.getStatusCode() : e.getCode().toLowerCase(Locale.ROOT);
        return new ConnectorRejection(code, message);
    }
}
