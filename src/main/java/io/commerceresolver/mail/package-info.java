/**
 * The mail channel of a tenant, an IMAP mailbox and SMTP server or a Gmail account: its mail read into tickets (a reply in
 * a known thread joins its ticket; auto-replies, bounces and loops are refused and recorded), and the outbox sent back
 * the same way, threaded with the ticket's mail.
 */
package io.commerceresolver.mail;
