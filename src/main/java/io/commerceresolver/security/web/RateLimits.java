package io.commerceresolver.security.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import io.commerceresolver.system.web.ProblemResponses;
import io.commerceresolver.system.web.Problems;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Token buckets per principal (a key or a person) for everything under /api, and per client address for sign-ins,
 * so that guessing passwords is slow as well as costly. Over the limit: 429 with {@code Retry-After}. The buckets
 * live in this instance's memory; each instance of a deployment limits on its own.
 */
@Component
public class RateLimits extends OncePerRequestFilter {

    private static final int MAX_TRACKED = 100_000;
    private static final String SIGN_IN = "/api/v1/auth/token";

    private final long perMinute;
    private final long signInsPerMinute;
    private final ProblemResponses problems;
    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_TRACKED;
        }
    });

    RateLimits(@Value("${resolver.limits.requests-per-minute:1200}") long perMinute,
               @Value("${resolver.limits.sign-ins-per-minute:10}") long signInsPerMinute, ProblemResponses problems) {
        this.perMinute = perMinute;
        this.signInsPerMinute = signInsPerMinute;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean signIn = SIGN_IN.equals(request.getRequestURI());
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String key = signIn ? "sign-in:" + request.getRemoteAddr()
                : authentication instanceof CallerAuthentication caller ? "caller:" + caller.getName()
                : "address:" + request.getRemoteAddr();
        long capacity = signIn ? signInsPerMinute : perMinute;
        ConsumptionProbe probe = take(key, capacity);
        if (!probe.isConsumed()) {
            long seconds = secondsToWait(probe);
            response.setHeader("Retry-After", Long.toString(seconds));
            problems.write(response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                    "More than " + capacity + " requests a minute" + (signIn ? " to sign in from this address" : " with these credentials")
                            + "; try again in " + seconds + " s"));
            return;
        }
        response.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        chain.doFilter(request, response);
    }

    /**
     * One sign-in attempt from this address through the console, counted in the same bucket as the API's token
     * endpoint: the seconds to wait when the address is over the limit, else empty.
     */
    public OptionalLong refuseSignIn(String address) {
        ConsumptionProbe probe = take("sign-in:" + address, signInsPerMinute);
        return probe.isConsumed() ? OptionalLong.empty() : OptionalLong.of(secondsToWait(probe));
    }

    private ConsumptionProbe take(String key, long capacity) {
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, Duration.ofMinutes(1)).build()).build())
                .tryConsumeAndReturnRemaining(1);
    }

    private static long secondsToWait(ConsumptionProbe probe) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
    }
}
