package io.commerceresolver.security.web;

import java.io.IOException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import io.commerceresolver.system.web.ProblemResponses;
import io.commerceresolver.system.web.Problems;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** 401 and 403 as problem+json, saying what to send, never echoing what was sent. */
@Component
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemResponses problems;

    SecurityProblems(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) throws IOException {
        String detail = failure instanceof BadCredentialsException || failure instanceof OAuth2AuthenticationException
                ? failure.getMessage()
                : "Missing credentials: every /api request needs an " + ApiKeyAuthentication.HEADER + " header or a bearer token";
        response.setHeader("WWW-Authenticate", "Bearer, ApiKey header=\"" + ApiKeyAuthentication.HEADER + "\"");
        problems.write(response, Problems.unauthorized(detail));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
        problems.write(response, Problems.forbidden("Your roles do not allow " + request.getMethod() + " " + request.getRequestURI()));
    }
}
