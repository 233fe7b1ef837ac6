package io.commerceresolver.system.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.Conflict;
import io.commerceresolver.system.Forbidden;
import io.commerceresolver.system.NotFound;
import io.commerceresolver.system.PayloadTooLarge;
import io.commerceresolver.system.Unauthenticated;
import io.commerceresolver.system.UnsupportedMediaType;

/** One mapping from the application's errors to RFC 9457 problems, shared by MVC controllers, Camel routes and filters. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://commerce-resolver.io/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(title);
        return problem;
    }

    /** Known application errors keep their message; anything else is a 500 that reveals nothing of the internals. */
    public static ProblemDetail from(Throwable thrown) {
        Throwable error = applicationCause(thrown);
        if (error instanceof BadRequest bad) {
            ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", bad.getMessage());
            if (bad.field() != null) {
                problem.setProperty("field", bad.field());
            }
            return problem;
        }
        if (error instanceof NotFound) {
            return of(HttpStatus.NOT_FOUND, "not-found", "Not found", error.getMessage());
        }
        if (error instanceof Conflict) {
            return of(HttpStatus.CONFLICT, "conflict", "Conflict", error.getMessage());
        }
        if (error instanceof PayloadTooLarge) {
            return of(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload too large", error.getMessage());
        }
        if (error instanceof UnsupportedMediaType) {
            return of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type", error.getMessage());
        }
        if (error instanceof Forbidden) {
            return forbidden(error.getMessage());
        }
        if (error instanceof AccessDeniedException) {
            return forbidden("Your roles do not allow this request");
        }
        if (error instanceof Unauthenticated) {
            return unauthorized(error.getMessage());
        }
        if (error instanceof AuthenticationException) {
            return unauthorized("The credentials were not accepted");
        }
        return of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The request could not be completed; nothing was changed by the failed step. It is logged for the operators.");
    }

    /** Camel and the bean binding wrap what the application threw; the application's own error is what matters. */
    private static Throwable applicationCause(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BadRequest || cause instanceof NotFound || cause instanceof Conflict || cause instanceof Forbidden
                    || cause instanceof UnsupportedMediaType || cause instanceof PayloadTooLarge || cause instanceof Unauthenticated
                    || cause instanceof AccessDeniedException || cause instanceof AuthenticationException) {
                return cause;
            }
        }
        return thrown;
    }

    public static ProblemDetail forbidden(String detail) {
        return of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
    }

    public static ProblemDetail unauthorized(String detail) {
        return of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", detail);
    }
}
