package io.commerceresolver.system.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API answers only once the whole service is ready. Tomcat takes requests a few seconds before the Camel routes
 * (ticket intake among them) have started, and while the service stops; a ticket posted then would get a 404 for a
 * path that exists. Until Spring Boot reports the service ready to accept traffic, /api answers 503 with a
 * Retry-After, which clients and load balancers know to retry.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NotReadyYet extends OncePerRequestFilter {

    private static final String RETRY_AFTER_SECONDS = "2";

    private final ApplicationAvailability availability;
    private final ProblemResponses problems;

    NotReadyYet(ApplicationAvailability availability, ProblemResponses problems) {
        this.availability = availability;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            problems.write(response, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "not-ready", "Not ready",
                    "The service is starting or stopping and takes no requests yet; try again in " + RETRY_AFTER_SECONDS + " s"));
            return;
        }
        chain.doFilter(request, response);
    }
}
