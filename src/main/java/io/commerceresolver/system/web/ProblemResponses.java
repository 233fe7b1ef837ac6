package io.commerceresolver.system.web;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes problems where no controller advice reaches: servlet filters and Camel routes
 * (the routes' error handler calls {@link #render(Exception)} through the bean component).
 */
@Component("problemResponses")
public class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }

    /** For Camel: the problem as JSON text; the route sets status and content type from {@link #status(Exception)}. */
    public String render(Exception error) throws JsonProcessingException {
        ProblemDetail problem = Problems.from(error);
        if (problem.getStatus() >= 500) {
            log.error("Unhandled error in a route", error);
        }
        return json.writeValueAsString(problem);
    }

    public int status(Exception error) {
        return Problems.from(error).getStatus();
    }
}
