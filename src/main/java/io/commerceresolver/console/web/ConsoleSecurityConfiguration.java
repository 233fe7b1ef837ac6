package io.commerceresolver.console.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

import io.commerceresolver.security.UserSignIn;

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
    SecurityFilterChain console(HttpSecurity http, UserSignIn users, ConsolePages pages, ConsoleProviderSignIn provider) throws Exception {
        HttpSessionRequestCache requests = new HttpSessionRequestCache();
        requests.setMatchingRequestParameterName(null); // no ?continue on the page a person is sent back to
        FreshCallers sessions = new FreshCallers(users);
        provider.apply(http, sessions);
        http.securityMatcher("/console", "/console/**")
                .authenticationProvider(new ConsoleSignIn(users))
                .securityContext(context -> context.securityContextRepository(sessions))
                .requestCache(cache -> cache.requestCache(requests))
                .authorizeHttpRequests(access -> access
                        .requestMatchers(SIGN_IN, "/console/assets/**", "/console/vendor/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(SIGN_IN)
                        .authenticationDetailsSource(ConsoleSignIn.Tenant::new)
                        .defaultSuccessUrl("/console", false)
                        .failureUrl(SIGN_IN + "?failed"))
                .logout(logout -> logout.logoutUrl("/console/sign-out").logoutSuccessUrl(SIGN_IN + "?signed-out"))
                .httpBasic(basic -> basic.disable())
                .exceptionHandling(errors -> errors.accessDeniedHandler(pages::forbidden))
                .headers(headers -> headers
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(DMN_EDITOR_PAGE,
                                new ContentSecurityPolicyHeaderWriter(DMN_EDITOR_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(DMN_EDITOR_PAGE),
                                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
