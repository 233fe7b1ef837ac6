/**
 * Mail to customers: an outbox that records each message once per idempotency key, for a mail channel to send.
 * It neither decides what to say nor delivers anything itself.
 */
package io.commerceresolver.notify;
