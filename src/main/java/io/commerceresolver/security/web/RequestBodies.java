package io.commerceresolver.security.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import io.commerceresolver.system.PayloadTooLarge;
import io.commerceresolver.system.UnsupportedMediaType;
import io.commerceresolver.system.web.ProblemResponses;
import io.commerceresolver.system.web.Problems;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a request body under /api and /webhooks may be: JSON in UTF-8 (RFC 8259), else 415 before anything reads it;
 * and no larger than a cap, else 413: a declared length over it is refused at once, and a body sent without one is
 * read here, up to the cap. Rule set uploads carry whole rule folders, ticket batches 500 tickets and changesets
 * 10,000 operations, and get larger caps; marketplace webhooks carry whole orders with their lines and refunds, and get theirs (what
 * marketplace_event.payload holds).
 * <p>
 * The path is judged as the handlers will match it, decoded ({@code /%77ebhooks/...} is {@code /webhooks/...}), so
 * an encoded path cannot slip past the cap. A webhook's body is read here, on the container's thread, whatever length
 * it declares: the Camel routes run on a small shared pool, and an unauthenticated sender trickling a body must
 * hold a container thread (bounded by its read timeout), never one of those.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20) // before anything reads a body, forms included
class RequestBodies extends OncePerRequestFilter {

    private static final Set<String> WITH_BODIES = Set.of("POST", "PUT", "PATCH");

    private final long apiLimit;
    private final long ruleSetLimit;
    private final long webhookLimit;
    private final long batchLimit;
    private final long changesetLimit;
    private final ProblemResponses problems;

    RequestBodies(@Value("${resolver.limits.body:256KB}") DataSize apiLimit,
                  @Value("${resolver.limits.rule-set-body:4MB}") DataSize ruleSetLimit,
                  @Value("${resolver.limits.webhook-body:1000000B}") DataSize webhookLimit,
                  @Value("${resolver.limits.batch-body:16MB}") DataSize batchLimit,
                  @Value("${resolver.limits.changeset-body:4MB}") DataSize changesetLimit, ProblemResponses problems) {
        this.apiLimit = apiLimit.toBytes();
        this.ruleSetLimit = ruleSetLimit.toBytes();
        this.webhookLimit = webhookLimit.toBytes();
        this.batchLimit = batchLimit.toBytes();
        this.changesetLimit = changesetLimit.toBytes();
        this.problems = problems;
    }

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !path.startsWith("/api/") && !path.startsWith("/webhooks/");
    }

    /** Decoded and with ";" parameters removed, as Spring's handler mappings see it. */
    private static String path(HttpServletRequest request) {
        return PATHS.getPathWithinApplication(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = path(request);
        // a POST or PUT that declares a type is read by that type even when empty: it must be JSON too
        boolean declaresType = request.getContentType() != null && WITH_BODIES.contains(request.getMethod());
        if ((hasBody(request) || declaresType) && !isUtf8Json(request.getContentType()) && !isWooCommercePing(path, request)) {
            problems.write(response, Problems.from(new UnsupportedMediaType(
                    "Send the body as Content-Type: application/json (UTF-8), not " + request.getContentType())));
            return;
        }
        long limit = limitFor(path);
        if (request.getContentLengthLong() > limit) {
            problems.write(response, Problems.from(tooLarge(limit)));
            return;
        }
        if ((request.getContentLengthLong() < 0 || path.startsWith("/webhooks/")) && hasBody(request)) {
            // sent without a length (or to a webhook): read it here, where a body over the cap can still be answered
            // with a 413 (the Camel route reads bodies before its own error handling begins)
            byte[] body = request.getInputStream().readNBytes(Math.toIntExact(limit + 1));
            if (body.length > limit) {
                problems.write(response, Problems.from(tooLarge(limit)));
                return;
            }
            chain.doFilter(new Buffered(request, body), response);
            return;
        }
        chain.doFilter(request, response); // a declared length is all the container reads
    }

    private long limitFor(String uri) {
        if (uri.startsWith("/webhooks/")) {
            return webhookLimit;
        }
        if (uri.equals("/api/v1/tickets:batch")) {
            return batchLimit; // 500 tickets of up to 20,000 characters each
        }
        if (uri.equals("/api/v1/changesets")) {
            return changesetLimit; // 10,000 operations of a few dozen characters each
        }
        return uri.startsWith("/api/v1/admin/rule-sets") ? ruleSetLimit : apiLimit;
    }

    /** WooCommerce pings a webhook address with a form body when the webhook is saved (see woocommerce.yaml). */
    private static boolean isWooCommercePing(String path, HttpServletRequest request) {
        return path.startsWith("/webhooks/woocommerce/") && request.getContentType() != null
                && request.getContentType().startsWith("application/x-www-form-urlencoded");
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    static boolean isUtf8Json(String contentType) {
        try {
            MediaType type = contentType == null ? null : MediaType.parseMediaType(contentType);
            return type != null && !type.isWildcardType() && !type.isWildcardSubtype()
                    && (type.isCompatibleWith(MediaType.APPLICATION_JSON) || "json".equals(type.getSubtypeSuffix()))
                    && (type.getCharset() == null || StandardCharsets.UTF_8.equals(type.getCharset()));
        } catch (InvalidMediaTypeException | UnsupportedCharsetException | IllegalCharsetNameException unreadable) {
            return false;
        }
    }

    private static PayloadTooLarge tooLarge(long limit) {
        return new PayloadTooLarge("The request body is over the " + DataSize.ofBytes(limit).toKilobytes() + " KB this endpoint takes");
    }

    /** A body read up front, served to whoever reads the request next. */
    private static final class Buffered extends HttpServletRequestWrapper {

        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                /** All of it is here already: the listener hears so at once. */
                @Override
                public void setReadListener(ReadListener listener) {
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    } catch (IOException failed) {
                        listener.onError(failed);
                    }
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
