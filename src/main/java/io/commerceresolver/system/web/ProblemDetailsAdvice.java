package io.commerceresolver.system.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Every error from a controller leaves as problem+json with a detail a caller can act on. */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> applicationError(Exception error) {
        ProblemDetail problem = Problems.from(error);
        if (problem.getStatus() >= 500) {
            log.error("Unhandled error", error);
        }
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException error, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail cause = Problems.from(error);
        if (cause.getStatus() == HttpStatus.PAYLOAD_TOO_LARGE.value()) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(cause);
        }
        String detail = "The request body is not valid JSON";
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        if (error.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = JsonFieldPath.of(mismatch.getPath());
            problem.setDetail("Field '" + field + "' has the wrong type");
            problem.setProperty("field", field);
        }
        return ResponseEntity.badRequest().body(problem);
    }
}
