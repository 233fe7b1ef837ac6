package io.commerceresolver.security.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.commerceresolver.security.UserSignIn;
import io.commerceresolver.system.BadRequest;

/**
 * Sign-in for built-in users: a tenant, a username and a password give a short-lived bearer token. A wrong password
 * and an unknown user are the same 401, and take the same time.
 */
@RestController
public class TokenController {

    private final UserSignIn users;
    private final BearerTokens tokens;

    public TokenController(UserSignIn users, BearerTokens tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    /** Its {@code toString} leaves the password out. */
    public record SignIn(String tenant, String username, String password) {
        @Override
        public String toString() {
            return "SignIn[" + tenant + "/" + username + "]";
        }
    }

    @PreAuthorize("permitAll()")
    @PostMapping("/api/v1/auth/token")
    public BearerTokens.IssuedToken token(@RequestBody(required = false) SignIn body) {
        if (body == null || body.tenant() == null || body.username() == null || body.password() == null) {
            throw new BadRequest(null, "The body must be {\"tenant\": \"...\", \"username\": \"...\", \"password\": \"...\"}");
        }
        return users.signIn(body.tenant(), body.username(), body.password()).map(tokens::issue)
                .orElseThrow(() -> new BadCredentialsException("Unknown user or wrong password"));
    }
}
