package io.commerceresolver.tenant.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.Role;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.security.web.RoleNames;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.tenant.ApiKey;
import io.commerceresolver.tenant.TenantDirectory;

/** The tenant's API keys: issue one with its roles (the secret is shown in this answer only), list, revoke. */
@RestController
public class ApiKeyController {

    private final TenantDirectory tenants;
    private final AuditLog audit;

    public ApiKeyController(TenantDirectory tenants, AuditLog audit) {
        this.tenants = tenants;
        this.audit = audit;
    }

    public record NewKey(String name, List<String> roles) {
    }

    /** A key as listed: never its secret or hash, only the prefix that tells keys apart. */
    public record KeyView(String id, String name, List<String> roles, String prefix, String createdBy, Instant createdAt,
                          Instant revokedAt, boolean active) {

        static KeyView of(ApiKey key) {
            return new KeyView(key.id(), key.name(), RoleNames.of(key.roles()), key.prefix(), key.createdBy(), key.createdAt(),
                    key.revokedAt(), key.isActive());
        }
    }

    public record IssuedKeyView(String id, String name, List<String> roles, String key) {
    }

    @PreAuthorize(Access.ADMINISTER)
    @PostMapping("/api/v1/admin/api-keys")
    @ResponseStatus(HttpStatus.CREATED)
    public IssuedKeyView issue(@AuthenticationPrincipal Caller caller, @RequestBody(required = false) NewKey body) {
        if (body == null) {
            throw new BadRequest(null, "The body must be {\"name\": \"...\", \"roles\": [\"agent\"]}");
        }
        Set<Role> roles = RoleNames.parse(body.roles());
        TenantDirectory.IssuedKey issued = audit.recorded(caller, "api_key.issued",
                () -> tenants.issueKey(caller.tenantId(), body.name(), roles, caller.principal()),
                done -> new AuditLog.Entry(done.key().name(), null, KeyView.of(done.key())));
        return new IssuedKeyView(issued.key().id(), issued.key().name(), RoleNames.of(issued.key().roles()), issued.secret());
    }

    @PreAuthorize(Access.ADMINISTER)
    @GetMapping("/api/v1/admin/api-keys")
    public List<KeyView> list(@AuthenticationPrincipal Caller caller) {
        return tenants.keys(caller.tenantId()).stream().map(KeyView::of).toList();
    }

    @PreAuthorize(Access.ADMINISTER)
    @DeleteMapping("/api/v1/admin/api-keys/{keyId}")
    public KeyView revoke(@AuthenticationPrincipal Caller caller, @PathVariable String keyId) {
        ApiKey revoked = audit.recorded(caller, "api_key.revoked", () -> tenants.revokeKey(caller.tenantId(), keyId),
                done -> new AuditLog.Entry(done.name(), null, KeyView.of(done)));
        return KeyView.of(revoked);
    }
}
