package io.commerceresolver.connector.web;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.commerceresolver.connector.ConnectorFailure;
import io.commerceresolver.connector.ConnectorRejection;
import io.commerceresolver.connector.RateLimited;
import io.commerceresolver.system.web.Problems;

/**
 * A store that fails a read made for a person (GET /api/v1/orders/{id}, /products/{sku}, the evaluate API's order)
 * is the store's trouble, not the service's: it is said as such, with the vendor's own message, instead of a 500.
 * Playbooks never see these answers; their calls retry and park (ConnectorCalls).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ConnectorProblems {

    private static final Logger log = LoggerFactory.getLogger(ConnectorProblems.class);
    /** When to try again after a store failed without saying: about the time the runtime parks a call for. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    @ExceptionHandler(ConnectorFailure.class)
    ResponseEntity<ProblemDetail> storeFailed(ConnectorFailure failure) {
        log.warn("The store failed a read made for a request ({}): {}", failure.kind(), failure.getMessage());
        return switch (failure.kind()) {
            case REJECTED -> ResponseEntity.unprocessableEntity().body(withCode(Problems.of(HttpStatus.UNPROCESSABLE_ENTITY,
                    "store-refused", "The store refused", "The store refused: " + failure.getMessage()), failure));
            case UNAUTHORIZED -> ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(Problems.of(HttpStatus.BAD_GATEWAY,
                    "store-credentials-refused", "The store refused the credentials",
                    "The store refused this tenant's credentials (an admin checks them at GET /api/v1/admin/connectors): "
                            + failure.getMessage()));
            case TRANSIENT, RATE_LIMITED -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter(failure).toSeconds()))
                    .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", "The store is unavailable",
                            "The store did not answer now; try again later: " + failure.getMessage()));
        };
    }

    private static Duration retryAfter(ConnectorFailure failure) {
        if (failure instanceof RateLimited limited && limited.retryAfter() != null) {
            return limited.retryAfter().isZero() ? Duration.ofSeconds(1) : limited.retryAfter();
        }
        return RETRY_AFTER;
    }

    private static ProblemDetail withCode(ProblemDetail problem, ConnectorFailure failure) {
        if (failure instanceof ConnectorRejection rejection) {
            problem.setProperty("code", rejection.code());
        }
        return problem;
    }
}
