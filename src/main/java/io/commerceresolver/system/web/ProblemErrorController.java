package io.commerceresolver.system.web;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the servlet container answers when no controller did (a request Tomcat or the firewall refused, a body too
 * large, a path nobody serves): problem+json like every other error, with the status and never the cause's text.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping(value = "/error", produces = {Problems.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        ProblemDetail problem = problemOf(request);
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The problem for the status the container dispatched with; its text names the status, never the cause. */
    public static ProblemDetail problemOf(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        return Problems.of(status, status.is5xxServerError() ? "internal-error" : "http-" + status.value(),
                status.getReasonPhrase(), status.is5xxServerError()
                        ? "The request could not be completed; nothing was changed by the failed step. It is logged for the operators."
                        : "The request was refused: " + status.getReasonPhrase().toLowerCase());
    }

    public static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer value && HttpStatus.resolve(value) != null ? HttpStatus.valueOf(value)
                : HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
