/**
 * The mail channel of a tenant: its mailbox read into tickets (a reply in a known thread joins its ticket; auto-replies,
 * bounces and loops are refused and recorded), and the outbox sent over its SMTP server, threaded with the ticket's mail.
 */
package io.commerceresolver.mail;
