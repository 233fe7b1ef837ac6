package io.commerceresolver.security.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.task.TaskDecorator;
import org.springframework.http.HttpMethod;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import io.commerceresolver.security.KeyDirectory;
import io.commerceresolver.security.OutboundHosts;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.system.web.ProblemResponses;
import io.commerceresolver.system.web.Problems;

/**
 * Spring Security for the whole service. Everything under /api is stateless: each request carries its own
 * credentials (an {@code X-Api-Key}, or a person's bearer token, see {@link BearerTokens}), is resolved to one tenant's principal with its roles, and each endpoint's
 * {@code @PreAuthorize} (see {@link Access}) decides. The operator API has a chain of its own with the
 * deployment's operator key, and so has /actuator/prometheus with the deployment's scrape token. Failures are
 * problem+json: 401 without valid credentials, 403 without the role.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
public class SecurityConfiguration {

    /**
     * Without an operator key configured the operator API does not exist: its paths answer 404 like any unknown one
     * (the controller says so), and no credentials are looked at.
     */
    @Bean
    @Order(1)
    SecurityFilterChain operatorApi(HttpSecurity http, SecurityProblems problems, OperatorKey key) throws Exception {
        stateless(http.securityMatcher("/api/v1/operator/**"), problems);
        if (!key.configured()) {
            http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
            return http.build();
        }
        http.addFilterBefore(keyFilter(key.provider(), problems), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(OperatorKey.ROLE));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, KeyDirectory keys, BearerTokens tokens, SecurityProblems problems) throws Exception {
        stateless(http.securityMatcher("/api/**"), problems)
                .addFilterBefore(keyFilter(ApiKeyAuthentication.provider(keys), problems), BasicAuthenticationFilter.class)
                .oauth2ResourceServer(bearer -> bearer.jwt(jwt -> jwt.decoder(tokens).jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }

    /**
     * The Prometheus scrape endpoint: the deployment's scrape token only ({@link ScrapeToken}), since its meters hold
     * every tenant's figures. A tenant's key or token is not looked at here: 401.
     */
    @Bean
    @Order(3)
    SecurityFilterChain metricsScrape(HttpSecurity http, SecurityProblems problems, ScrapeToken token, ProblemResponses responses)
            throws Exception {
        AuthenticationEntryPoint entryPoint = (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
            responses.write(response, Problems.unauthorized(failure instanceof BadCredentialsException ? failure.getMessage() : token.missing()));
        };
        AuthenticationFilter filter = new AuthenticationFilter(new ProviderManager(token.provider()), token.converter());
        filter.setSuccessHandler((request, response, authentication) -> { });
        filter.setFailureHandler(new AuthenticationEntryPointFailureHandler(entryPoint));
        stateless(http.securityMatcher("/actuator/prometheus"), problems)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint))
                .addFilterBefore(filter, BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(ScrapeToken.ROLE));
        return http.build();
    }

    /**
     * Health, info, the OpenAPI description and its Swagger UI (which loads its own scripts and styles, hence a
     * CSP of 'self'); nothing else is served outside /api but the scrape endpoint.
     */
    @Bean
    @Order(4)
    SecurityFilterChain rest(HttpSecurity http, SecurityProblems problems) throws Exception {
        stateless(http, problems).authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")));
        return http.build();
    }

    /**
     * Camel's platform-http runs a route on the application task executor, not on the request's thread: each task
     * carries the submitting thread's security context and tenant scope, so the route's beans see the verified caller
     * (and their {@code @PreAuthorize} applies) and only its tenant's rows, exactly as controllers do.
     */
    /** Where tenants may point the service: public hosts only, unless the operator allows private ones. */
    @Bean
    OutboundHosts outboundHosts(@Value("${resolver.connectors.allow-private-hosts}") boolean allowPrivate) {
        return new OutboundHosts(allowPrivate);
    }

    @Bean
    TaskDecorator securityContextPropagation() {
        return task -> DelegatingSecurityContextRunnable.create(TenantScope.carriedInto(task), null);
    }

    /** Reads {@code X-Api-Key}; a request without one goes on unauthenticated and meets the entry point's 401. */
    private static AuthenticationFilter keyFilter(AuthenticationProvider provider, SecurityProblems problems) {
        AuthenticationFilter filter = new AuthenticationFilter(new ProviderManager(provider), ApiKeyAuthentication.converter());
        filter.setSuccessHandler((request, response, authentication) -> { }); // the request goes on; nothing redirects
        filter.setFailureHandler(new AuthenticationEntryPointFailureHandler(problems));
        return filter;
    }

    private static HttpSecurity stateless(HttpSecurity http, SecurityProblems problems) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable) // no cookies, no sessions: a forged cross-site request carries no key
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
    }
}
