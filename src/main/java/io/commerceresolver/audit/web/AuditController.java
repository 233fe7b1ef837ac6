package io.commerceresolver.audit.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.commerceresolver.audit.AuditEntry;
import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.system.BadRequest;

/** The tenant's audit log, newest first, paged with {@code before} (the last id of the previous page). */
@RestController
public class AuditController {

    private static final int MAX_LIMIT = 500;

    private final AuditLog audit;

    public AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @PreAuthorize(Access.ADMINISTER)
    @GetMapping("/api/v1/admin/audit")
    public List<AuditEntry> newest(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long before,
                                   @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequest("limit", "Query parameter 'limit' must be between 1 and " + MAX_LIMIT);
        }
        return audit.newest(caller.tenantId(), before, limit);
    }
}
