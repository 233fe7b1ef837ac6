package io.commerceresolver.console.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import io.commerceresolver.system.web.ProblemDetailsAdvice;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A console address that nothing serves falls through to the static resources, whose "no such resource" is answered
 * here: a page for the console, and for every other path the problem+json it always had.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleMissingPages {

    private final ProblemDetailsAdvice problems;

    ConsoleMissingPages(ProblemDetailsAdvice problems) {
        this.problems = problems;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object missing(NoResourceFoundException missing, HttpServletRequest request, WebRequest web) throws Exception {
        String path = request.getRequestURI();
        if (!path.equals("/console") && !path.startsWith("/console/")) {
            return problems.handleException(missing, web);
        }
        ModelAndView page = new ModelAndView("console/error", HttpStatus.NOT_FOUND);
        page.addObject("status", 404);
        page.addObject("title", "Not Found");
        page.addObject("detail", "There is no such page in the console.");
        return page;
    }
}
