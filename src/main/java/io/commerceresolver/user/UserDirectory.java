package io.commerceresolver.user;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.commerceresolver.security.Caller;
import io.commerceresolver.security.Role;
import io.commerceresolver.security.UserSignIn;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.Conflict;
import io.commerceresolver.system.Ids;
import io.commerceresolver.system.NotFound;
import io.commerceresolver.system.TenantScope;

/** Creating, listing and disabling a tenant's users, and checking their sign-ins. */
public class UserDirectory implements UserSignIn {

    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 128;
    static final int MAX_LANGUAGES = 10;
    private static final String LANGUAGE = "[a-z]{2,3}";
    private static final String USERNAME = "[A-Za-z0-9][A-Za-z0-9._@+-]{1,99}";

    private final Users users;
    private final PasswordHasher hasher;
    private final Clock clock;
    /** Compared against when the user is unknown, so an unknown name takes as long as a wrong password. */
    private final String decoyHash;

    public UserDirectory(Users users, PasswordHasher hasher, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
        this.decoyHash = hasher.hash("decoy password that no user has " + Ids.newId());
    }

    public AppUser create(String tenantId, String username, Set<Role> roles, String password, String createdBy) {
        return create(tenantId, username, roles, password, createdBy, List.of());
    }

    /** @param languages ISO 639-1 codes of the languages the person reads ("en", "hi"); may be empty */
    public AppUser create(String tenantId, String username, Set<Role> roles, String password, String createdBy, List<String> languages) {
        if (username == null || !username.matches(USERNAME)) {
            throw new BadRequest("username", "Field 'username' must be 2 to 100 letters, digits and ._@+-, starting with a letter or digit");
        }
        if (roles == null || roles.isEmpty()) {
            throw new BadRequest("roles", "Field 'roles' must name at least one role");
        }
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new BadRequest("password", "Field 'password' must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
        }
        if (password.toLowerCase().contains(username.toLowerCase())) {
            throw new BadRequest("password", "The password must not contain the username");
        }
        List<String> read = languages == null ? List.of() : languages;
        if (read.size() > MAX_LANGUAGES || read.stream().anyMatch(code -> code == null || !code.matches(LANGUAGE))) {
            throw new BadRequest("languages", "Field 'languages' must list at most " + MAX_LANGUAGES
                    + " ISO 639-1 codes in lower case, such as [\"en\", \"hi\"]");
        }
        if (users.find(tenantId, username).isPresent()) {
            throw new Conflict("The tenant has a user named '" + username + "' already");
        }
        AppUser user = new AppUser(Ids.newId(), tenantId, username, hasher.hash(password), roles, createdBy, clock.instant(), null,
                read.stream().distinct().toList());
        users.add(user);
        return user;
    }

    public List<AppUser> all(String tenantId) {
        return users.all(tenantId);
    }

    public AppUser disable(String tenantId, String username) {
        users.find(tenantId, username).orElseThrow(() -> new NotFound("user", username));
        if (!users.disable(tenantId, username, clock.instant())) {
            throw new Conflict("User '" + username + "' is disabled already");
        }
        return users.find(tenantId, username).orElseThrow();
    }

    @Override
    public Optional<Caller> signIn(String tenantId, String username, String password) {
        if (tenantId == null || username == null || password == null || password.length() > MAX_PASSWORD) {
            hasher.matches("", decoyHash);
            return Optional.empty();
        }
        Optional<AppUser> user = activeAccount(tenantId, username);
        boolean matches = hasher.matches(password, user.map(AppUser::passwordHash).orElse(decoyHash));
        return user.filter(u -> matches).map(UserDirectory::caller);
    }

    @Override
    public Optional<Caller> activeUser(String tenantId, String username) {
        if (tenantId == null || username == null) {
            return Optional.empty();
        }
        return activeAccount(tenantId, username).map(UserDirectory::caller);
    }

    /**
     * Asked before any caller is known (a sign-in, a token's check): the tenant the person names is the look-up's
     * scope. A sign-in sent with another tenant's API key finds no one: a request is one identity.
     */
    private Optional<AppUser> activeAccount(String tenantId, String username) {
        if (!TenantScope.isTenantId(tenantId) || !TenantScope.mayEnter(tenantId)) {
            return Optional.empty();
        }
        return TenantScope.of(tenantId, () -> users.find(tenantId, username)).filter(AppUser::isActive);
    }

    private static Caller caller(AppUser user) {
        return Caller.user(user.tenantId(), user.username(), user.roles());
    }
}
