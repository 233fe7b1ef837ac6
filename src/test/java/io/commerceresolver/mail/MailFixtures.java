package io.commerceresolver.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The sample mails under src/test/resources/mail/, as the bytes a mailbox or a dropped file gives. */
public final class MailFixtures {

    private MailFixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = MailFixtures.class.getResourceAsStream("/mail/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample mail " + name);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
