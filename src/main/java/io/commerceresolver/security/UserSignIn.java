package io.commerceresolver.security;

import java.util.Optional;

/** Where people's sign-ins are checked: the tenants' built-in users. */
public interface UserSignIn {

    /** The user, if the password is theirs and they are not disabled. Takes as long for an unknown user. */
    Optional<Caller> signIn(String tenantId, String username, String password);

    /** The user as they are now (roles may have changed since a token was issued), if still active. */
    Optional<Caller> activeUser(String tenantId, String username);
}
