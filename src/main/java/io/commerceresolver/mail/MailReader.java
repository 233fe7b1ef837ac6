package io.commerceresolver.mail;

/** Reads a mail's MIME bytes (RFC 5322 / 2045) into what intake needs. */
public interface MailReader {

    /** @throws UnreadableMail naming why, for anything that is not a mail we can read */
    ReceivedMail read(byte[] raw);
}
