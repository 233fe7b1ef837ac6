package io.commerceresolver.tenant.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.security.web.OperatorKey;
import io.commerceresolver.security.web.RoleNames;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.NotFound;
import io.commerceresolver.tenant.TenantDirectory;

/**
 * The deployment operator creates tenants, each with a first {@code admin} key shown once. Only with
 * {@code RESOLVER_OPERATOR_API_KEY} set does this API exist; without it its paths are unknown (404).
 */
@RestController
public class OperatorController {

    private final TenantDirectory tenants;
    private final OperatorKey operatorKey;
    private final AuditLog audit;

    public OperatorController(TenantDirectory tenants, OperatorKey operatorKey, AuditLog audit) {
        this.tenants = tenants;
        this.operatorKey = operatorKey;
        this.audit = audit;
    }

    public record NewTenant(String id, String name) {
    }

    public record CreatedTenant(String id, String name, ApiKeyController.IssuedKeyView adminKey) {
    }

    @PreAuthorize("@operatorKey.configured() ? hasRole('operator') : true")
    @PostMapping("/api/v1/operator/tenants")
    @ResponseStatus(HttpStatus.CREATED)
    public CreatedTenant create(@RequestBody(required = false) NewTenant body) {
        if (!operatorKey.configured()) {
            throw new NotFound("operator API", "(RESOLVER_OPERATOR_API_KEY is not set in this deployment)");
        }
        if (body == null) {
            throw new BadRequest(null, "The body must be {\"id\": \"acme\", \"name\": \"Acme Ltd\"}");
        }
        // the operator belongs to no tenant: the entry goes to the new tenant's log, with the tenant, in one transaction
        TenantDirectory.IssuedKey issued = tenants.register(body.id(), body.name(), Map.of(), "operator",
                done -> audit.record(body.id(), "operator", "tenant.created", body.id(), null,
                        Map.of("id", body.id(), "name", body.name().strip(), "firstKey", done.key().name())));
        return new CreatedTenant(body.id(), body.name().strip(), new ApiKeyController.IssuedKeyView(issued.key().id(),
                issued.key().name(), RoleNames.of(issued.key().roles()), issued.secret()));
    }
}
