/**
 * Personal data kept no longer than needed: a tenant's retention setting purges ticket texts, customer e-mails and
 * the personal fields of tool payloads, events and mails after N days (decisions, amounts and hashes stay), and a
 * customer's data is erased on request.
 */
package io.commerceresolver.privacy;
