package io.commerceresolver.console.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import io.commerceresolver.security.UserSignIn;
import io.commerceresolver.security.web.RateLimits;

/**
 * The console is for people in a browser, so unlike /api it has a session: a person signs in once with the tenant's
 * built-in user and password ({@link ConsoleSignIn}) or through the deployment's OpenID Connect provider
 * ({@link ConsoleProviderSignIn}), and the session cookie (HttpOnly, SameSite=Strict) carries them.
 * Because a cookie is sent by the browser on its own, every form and htmx request carries a CSRF token too. The
 * person is looked up again on every request ({@link FreshCallers}): a disabled user or a removed role takes effect
 * at their next click, as it does for bearer tokens. Page access is decided by each controller's {@code @PreAuthorize},
 * the same {@code Access} expressions as the API.
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleSecurityConfiguration {

    static final String SIGN_IN = "/console/sign-in";
    private static final String HTMX_REQUEST = "HX-Request";

    /**
     * Scripts and styles only from the service itself; no inline script (htmx is configured by a meta tag and
     * console.js). 'unsafe-inline' styles because htmx and bpmn-js set element styles; no framing, no referrer.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * The rules workbench's DMN editor page only (issue 13): the editor runs in an iframe whose envelope is one inline
     * script, allowed by its hash (@kie-tools/dmn-editor-standalone 10.2.0); no eval, no workers, nothing else inline.
     */
    static final String DMN_EDITOR_POLICY = "default-src 'none'; script-src 'self' 'sha256-62z/F2kUx+Z1hxgpOC24DzcORSL0foXjcv3fMP9Vr8U='; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final RequestMatcher DMN_EDITOR_PAGE = AntPathRequestMatcher.antMatcher(org.springframework.http.HttpMethod.GET,
            "/console/rules/candidate/dmn/*");

    /** Before the catch-all chain of SecurityConfiguration (order 4), which would treat /console like any other path. */
    @Bean
    @Order(0)
    SecurityFilterChain console(HttpSecurity http, UserSignIn users, ConsolePages pages, ConsoleProviderSignIn provider,
                                RateLimits limits) throws Exception {
        FreshCallers sessions = new FreshCallers(users);
        provider.apply(http, sessions);
        http.securityMatcher("/console", "/console/**")
                .addFilterBefore(new SignInLimit(limits, pages), UsernamePasswordAuthenticationFilter.class)
                .authenticationProvider(new ConsoleSignIn(users))
                .securityContext(context -> context.securityContextRepository(sessions))
                .requestCache(cache -> cache.requestCache(pagesToReturnTo()))
                .authorizeHttpRequests(access -> access
                        .requestMatchers(SIGN_IN, "/console/assets/**", "/console/vendor/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(SIGN_IN)
                        .authenticationDetailsSource(ConsoleSignIn.Tenant::new)
                        .defaultSuccessUrl("/console", false)
                        .failureUrl(SIGN_IN + "?failed"))
                .logout(logout -> logout.logoutUrl("/console/sign-out").logoutSuccessUrl(SIGN_IN + "?signed-out"))
                .httpBasic(basic -> basic.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(signInFirst()).accessDeniedHandler(pages::forbidden))
                .headers(headers -> headers
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(DMN_EDITOR_PAGE,
                                new ContentSecurityPolicyHeaderWriter(DMN_EDITOR_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(DMN_EDITOR_PAGE),
                                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * Only a page a person opened is returned to after signing in: a GET asking for HTML, not a form's POST (which
     * would be replayed, under whoever signs in, past the CSRF check) nor an htmx fragment or a script's fetch.
     */
    private static HttpSessionRequestCache pagesToReturnTo() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        HttpSessionRequestCache pages = new HttpSessionRequestCache();
        pages.setRequestMatcher(new AndRequestMatcher(request -> "GET".equals(request.getMethod()),
                new NegatedRequestMatcher(new RequestHeaderRequestMatcher(HTMX_REQUEST)), html));
        pages.setMatchingRequestParameterName(null); // no ?continue on the page a person is sent back to
        return pages;
    }

    /** Not signed in (or no longer): a page goes to the sign-in form; an htmx request tells htmx to go there. */
    private static AuthenticationEntryPoint signInFirst() {
        LoginUrlAuthenticationEntryPoint form = new LoginUrlAuthenticationEntryPoint(SIGN_IN);
        return (request, response, failure) -> {
            if (request.getHeader(HTMX_REQUEST) != null) {
                response.setHeader("HX-Redirect", SIGN_IN);
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            form.commence(request, response, failure);
        };
    }
}
