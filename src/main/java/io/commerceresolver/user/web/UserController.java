package io.commerceresolver.user.web;

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
import io.commerceresolver.user.AppUser;
import io.commerceresolver.user.UserDirectory;

/** The tenant's people: create one with roles and a first password, list, disable. Passwords never come back out. */
@RestController
public class UserController {

    private final UserDirectory users;
    private final AuditLog audit;

    public UserController(UserDirectory users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    /** Its {@code toString} leaves the password out, should anything ever log the request. */
    public record NewUser(String username, List<String> roles, String password, List<String> languages) {
        @Override
        public String toString() {
            return "NewUser[" + username + " " + roles + "]";
        }
    }

    public record UserView(String id, String username, List<String> roles, List<String> languages, String createdBy, Instant createdAt,
                           Instant disabledAt, boolean active) {
        static UserView of(AppUser user) {
            return new UserView(user.id(), user.username(), RoleNames.of(user.roles()), user.languages(), user.createdBy(),
                    user.createdAt(), user.disabledAt(), user.isActive());
        }
    }

    @PreAuthorize(Access.ADMINISTER)
    @PostMapping("/api/v1/admin/users")
    @ResponseStatus(HttpStatus.CREATED)
    public UserView create(@AuthenticationPrincipal Caller caller, @RequestBody(required = false) NewUser body) {
        if (body == null) {
            throw new BadRequest(null, "The body must be {\"username\": \"...\", \"roles\": [\"approver\"], \"password\": \"...\"}");
        }
        Set<Role> roles = RoleNames.parse(body.roles());
        UserView created = audit.recorded(caller, "user.created",
                () -> UserView.of(users.create(caller.tenantId(), body.username(), roles, body.password(), caller.principal(),
                        body.languages())),
                done -> new AuditLog.Entry(done.username(), null, done));
        return created;
    }

    @PreAuthorize(Access.ADMINISTER)
    @GetMapping("/api/v1/admin/users")
    public List<UserView> list(@AuthenticationPrincipal Caller caller) {
        return users.all(caller.tenantId()).stream().map(UserView::of).toList();
    }

    @PreAuthorize(Access.ADMINISTER)
    @DeleteMapping("/api/v1/admin/users/{username}")
    public UserView disable(@AuthenticationPrincipal Caller caller, @PathVariable String username) {
        UserView disabled = audit.recorded(caller, "user.disabled", () -> UserView.of(users.disable(caller.tenantId(), username)),
                done -> new AuditLog.Entry(username, null, done));
        return disabled;
    }
}
