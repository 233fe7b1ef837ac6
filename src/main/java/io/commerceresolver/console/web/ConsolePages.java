package io.commerceresolver.console.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Error pages of the console, for the places where no controller renders one: Spring Security's filters (a stale
 * form's CSRF token, a missing role) and the servlet container's error dispatch (a page that does not exist).
 */
@Component
public class ConsolePages {

    private final SpringTemplateEngine templates;

    ConsolePages(SpringTemplateEngine templates) {
        this.templates = templates;
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
        String detail = denied instanceof CsrfException
                ? "This form has expired or was not sent by the console. Go back, reload the page and try again."
                : "Your roles do not allow this page or action. Ask an admin of your tenant if you need it.";
        write(response, HttpStatus.FORBIDDEN, detail);
    }

    void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
        Context context = new Context();
        context.setVariables(Map.of("status", status.value(), "title", status.getReasonPhrase(), "detail", detail));
        response.getWriter().write(templates.process("console/error", context));
    }
}
