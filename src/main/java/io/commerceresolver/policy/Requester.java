package io.commerceresolver.policy;

import java.util.Locale;

/** Who asked: the email the ticket came from. */
public class Requester {

    private final String email;

    public Requester(String email) {
        this.email = email;
    }

    public String getEmail() {
        return email;
    }

    /** The email as rules compare it: without regard to case, as mail systems treat addresses. */
    public String getEmailKey() {
        return emailKey(email);
    }

    static String emailKey(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
