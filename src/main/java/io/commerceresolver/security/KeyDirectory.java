package io.commerceresolver.security;

import java.util.Optional;

/** Where presented API keys are recognised: the tenants' stored key hashes. */
public interface KeyDirectory {

    /** The principal a presented key stands for, if the key is known and not revoked. */
    Optional<Caller> callerForKey(String presentedKey);
}
