package io.commerceresolver.connector.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.connector.ConnectorRegistry;
import io.commerceresolver.connector.ConnectorRequest;
import io.commerceresolver.connector.ConnectorSettings;
import io.commerceresolver.connector.ConnectorView;
import io.commerceresolver.connector.LiveCheck;
import io.commerceresolver.connector.ReturnShipping;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;

/**
 * The tenant's connectors, one per capability: which vendor serves it, where, and whether the vendor takes the stored
 * credentials right now. Credentials go in and never come back out. The live check is a call to the vendor, made
 * after the change is committed, never inside its transaction.
 */
@RestController
public class ConnectorAdminController {

    private final ConnectorRegistry registry;
    private final AuditLog audit;

    public ConnectorAdminController(ConnectorRegistry registry, AuditLog audit) {
        this.registry = registry;
        this.audit = audit;
    }

    /** A connector as the API shows it: the check's status in the API's lower-case words. */
    public record ConnectorJson(String kind, String vendor, String source, String baseUrl, String apiVersion, String locationId,
                                ReturnShipping returns, List<String> secrets, String updatedBy, Instant updatedAt, Check check) {
    }

    public record Check(String status, String message, Instant checkedAt) {
    }

    /** What the audit log keeps of a configuration: never a secret, only the names of those set. */
    record Audited(String vendor, String baseUrl, String apiVersion, String locationId, ReturnShipping returns, List<String> secretsSet) {
    }

    @PreAuthorize(Access.ADMINISTER)
    @PutMapping("/api/v1/admin/connectors/{kind}")
    public ConnectorJson put(@AuthenticationPrincipal Caller caller, @PathVariable String kind,
                             @RequestBody(required = false) ConnectorRequest body) {
        Audited before = registry.settings(caller.tenantId(), kind).map(s -> audited(s, List.of())).orElse(null);
        audit.recorded(caller, "connector.configured", () -> registry.configure(caller.tenantId(), kind, body, caller.principal()),
                done -> new AuditLog.Entry(done.settings().capability().key(), before, audited(done.settings(), done.secretsSet())));
        // committed now: this instance's next call reads the new settings, whatever it read while they were being written
        registry.forget(caller.tenantId());
        return json(registry.show(caller.tenantId(), kind));
    }

    @PreAuthorize(Access.ADMINISTER)
    @GetMapping("/api/v1/admin/connectors")
    public List<ConnectorJson> list(@AuthenticationPrincipal Caller caller) {
        return registry.list(caller.tenantId()).stream().map(ConnectorAdminController::json).toList();
    }

    @PreAuthorize(Access.ADMINISTER)
    @GetMapping("/api/v1/admin/connectors/{kind}")
    public ConnectorJson show(@AuthenticationPrincipal Caller caller, @PathVariable String kind) {
        return json(registry.show(caller.tenantId(), kind));
    }

    private static Audited audited(ConnectorSettings settings, List<String> secretsSet) {
        return new Audited(settings.vendor().key(), settings.baseUrl(), settings.apiVersion(), settings.locationId(), settings.returns(),
                secretsSet);
    }

    private static ConnectorJson json(ConnectorView view) {
        LiveCheck check = view.check();
        return new ConnectorJson(view.kind(), view.vendor(), view.source(), view.baseUrl(), view.apiVersion(), view.locationId(),
                view.returns(), view.secrets(), view.updatedBy(), view.updatedAt(), check == null ? null
                : new Check(check.status().name().toLowerCase(Locale.ROOT), check.message(), check.checkedAt()));
    }
}
