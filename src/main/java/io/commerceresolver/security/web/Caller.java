package io.commerceresolver.security.web;

/**
 * Who is calling, once the API key is verified. Controllers take it as
 * {@code @RequestAttribute(Caller.ATTRIBUTE)}; Camel routes read the tenant from the {@link #TENANT_HEADER}
 * header, which the filter sets itself and never accepts from outside.
 */
public record Caller(String tenantId) {

    public static final String ATTRIBUTE = "io.commerceresolver.caller";
    public static final String TENANT_HEADER = "X-Resolver-Tenant-Id";
}
