package io.commerceresolver.console.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import io.commerceresolver.system.web.ProblemErrorController;
import io.commerceresolver.system.web.ProblemResponses;

/**
 * The container's error dispatch for a browser (it asks for HTML first): a console page gets an HTML error page;
 * any other path still gets the problem+json of {@link ProblemErrorController}, written here directly because this
 * mapping only produces HTML.
 */
@Controller
class ConsoleErrorController {

    private final ConsolePages pages;
    private final ProblemResponses problems;

    ConsoleErrorController(ConsolePages pages, ProblemResponses problems) {
        this.pages = pages;
        this.problems = problems;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(uri instanceof String path) || !(path.equals("/console") || path.startsWith("/console/"))) {
            problems.write(response, ProblemErrorController.problemOf(request));
            return;
        }
        HttpStatus status = ProblemErrorController.statusOf(request);
        pages.write(response, status, status == HttpStatus.NOT_FOUND ? "There is no such page in the console." : "The page could not be shown.");
    }
}
