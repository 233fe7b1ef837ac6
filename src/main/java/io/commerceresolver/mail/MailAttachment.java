package io.commerceresolver.mail;

/** An attachment as listed on the ticket: its name, media type and decoded size. Its content is never stored. */
public record MailAttachment(String name, String type, long size) {
}
