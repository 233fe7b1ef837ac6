package io.commerceresolver.secret.web;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.secret.Secrets;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.system.BadRequest;

/** The tenant's secrets: set one, list their names, delete one. A value goes in and never comes back out. */
@RestController
public class SecretController {

    private final Secrets secrets;
    private final AuditLog audit;

    public SecretController(Secrets secrets, AuditLog audit) {
        this.secrets = secrets;
        this.audit = audit;
    }

    /** Its {@code toString} leaves the value out. */
    public record NewValue(String value) {
        @Override
        public String toString() {
            return "NewValue[hidden]";
        }
    }

    @PreAuthorize(Access.ADMINISTER)
    @PutMapping("/api/v1/admin/secrets/{name}")
    public Secrets.Listed put(@AuthenticationPrincipal Caller caller, @PathVariable String name, @RequestBody(required = false) NewValue body) {
        if (body == null) {
            throw new BadRequest("value", "The body must be {\"value\": \"...\"}");
        }
        Secrets.Listed set = audit.recorded(caller, "secret.set", () -> secrets.put(caller.tenantId(), name, body.value(), caller.principal()),
                done -> new AuditLog.Entry(name, null, Map.of("name", name)));
        return set;
    }

    @PreAuthorize(Access.ADMINISTER)
    @GetMapping("/api/v1/admin/secrets")
    public List<Secrets.Listed> list(@AuthenticationPrincipal Caller caller) {
        return secrets.list(caller.tenantId());
    }

    @PreAuthorize(Access.ADMINISTER)
    @DeleteMapping("/api/v1/admin/secrets/{name}")
    public Map<String, Object> delete(@AuthenticationPrincipal Caller caller, @PathVariable String name) {
        audit.recorded(caller, "secret.deleted", () -> {
            secrets.delete(caller.tenantId(), name);
            return name;
        }, done -> new AuditLog.Entry(name, Map.of("name", name), null));
        return Map.of("name", name, "deleted", true);
    }
}
