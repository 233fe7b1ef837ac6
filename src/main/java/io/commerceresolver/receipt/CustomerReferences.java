package io.commerceresolver.receipt;

/**
 * How a receipt names a customer: a keyed hash of their e-mail address, never the address. Receipts are never
 * rewritten, so the personal-data purge cannot reach them; a plain hash of an address can be reversed by hashing
 * guessed addresses, a keyed one only by whoever holds the key. The same customer of one tenant gets the same
 * reference in every receipt, so their receipts can be found; another tenant's references differ.
 */
public interface CustomerReferences {

    /** The reference of {@code email} (case and surrounding blanks aside); null for no address, or when references are off. */
    String of(String tenantId, String email);

    /** For deployments that keep no key for it: receipts name no customer. */
    CustomerReferences NONE = (tenantId, email) -> null;
}
