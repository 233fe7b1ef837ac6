package io.commerceresolver.approval;

import java.util.Optional;

/**
 * Signs an approval link's claims into a token and reads them back. Its key is its own (never the secrets key): a token
 * whose MAC does not verify, under any key of its keyset, is read as nothing.
 */
public interface LinkTokens {

    /** False when the deployment has no key for links: approvals then wait in the inbox only. */
    boolean enabled();

    String sign(LinkClaims claims);

    /** The claims, if the token is one this service signed, unchanged; empty otherwise. */
    Optional<LinkClaims> read(String token);
}
