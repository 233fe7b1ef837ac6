/**
 * Cross-cutting pieces every feature uses: the error vocabulary (bad request, not found, conflict),
 * transactions, ids, the clock, and how errors become RFC 9457 problem+json on the wire.
 */
package io.commerceresolver.system;
