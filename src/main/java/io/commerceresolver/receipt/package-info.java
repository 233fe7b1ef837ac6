/**
 * Receipts: the canonical record of what a run did, hashed with SHA-256 and chained per tenant (each receipt
 * names its predecessor's hash), so a removed or altered receipt is detectable. Receipts are written, never changed.
 */
package io.commerceresolver.receipt;
