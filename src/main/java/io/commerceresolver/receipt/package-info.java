/**
 * Receipts: the canonical record (RFC 8785 JSON) of what a run or changeset did, hashed with SHA-256, optionally signed
 * (Ed25519), and chained per tenant (each receipt names its predecessor's hash and the next seq), so an altered,
 * removed or rewritten receipt is found by re-checking the chain. Receipts are written, never changed. Sealing is a job
 * (ReceiptSealing) asked for when a subject ends: ticket runs that wrote (RunReceipts) and changesets, each a ReceiptSource.
 */
package io.commerceresolver.receipt;
