package io.commerceresolver.console.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import io.commerceresolver.system.web.Problems;

import jakarta.servlet.http.HttpServletResponse;

/**
 * An error in a console page is shown as a page (or, for an htmx request, as the fragment htmx puts in the page's
 * message area), with the same status and the same detail the API would give, never a stack trace.
 */
@ControllerAdvice(basePackages = "io.commerceresolver.console")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrors {

    private static final Logger log = LoggerFactory.getLogger(ConsoleErrors.class);

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(Model model, HttpServletResponse response) {
        return page(model, response, HttpStatus.FORBIDDEN, "Your roles do not allow this page or action.");
    }

    @ExceptionHandler(Exception.class)
    String failed(Exception error, Model model, HttpServletResponse response) {
        ProblemDetail problem = Problems.from(error);
        HttpStatus status = HttpStatus.valueOf(problem.getStatus());
        if (status.is5xxServerError()) {
            log.error("Console page failed", error);
        }
        return page(model, response, status, problem.getDetail());
    }

    private static String page(Model model, HttpServletResponse response, HttpStatus status, String detail) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("title", status.getReasonPhrase());
        model.addAttribute("detail", detail);
        return "console/error";
    }
}
