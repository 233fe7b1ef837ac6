package io.commerceresolver.mail;

import java.util.List;

/** The record of refused mail (and its count, for the meters). */
public interface RefusedMails {

    /** Once per tenant and Message-ID when the mail has one: the same mail seen again is not counted twice. */
    void record(RefusedMail refused);

    List<RefusedMail> newest(String tenantId, int limit);
}
