package io.commerceresolver.console.inbox;

import java.util.Collections;
import java.util.Map;

import io.commerceresolver.console.monitor.MonitorMask;
import io.commerceresolver.privacy.PersonalDataMask;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.Role;

/**
 * How much of a customer the inbox shows to the person reading it. Those who work tickets, decide approvals or steer
 * runs need to reach the customer and see everything; anyone else (a viewer, an analyst) reads the same pages with
 * e-mail addresses and phone numbers masked, wherever they are written (the customer's own text too, which stays
 * readable otherwise), and names and street lines replaced, as the process monitor shows them ({@link MonitorMask}).
 */
public final class PersonalData {

    private static final PersonalData SHOWN = new PersonalData(false);
    private static final PersonalData MASKED = new PersonalData(true);

    private final boolean masked;

    private PersonalData(boolean masked) {
        this.masked = masked;
    }

    public static PersonalData shownTo(Caller me) {
        return Role.seeCustomers(me.roles()) ? SHOWN : MASKED;
    }

    public boolean masked() {
        return masked;
    }

    /** An address the customer is reached at: its first letter and domain when masked. */
    public String email(String email) {
        return !masked || email == null || email.isBlank() ? email : PersonalDataMask.maskedEmail(email);
    }

    /** A person's name: replaced when masked. */
    public String name(String name) {
        return !masked || name == null || name.isBlank() ? name : PersonalDataMask.MASKED;
    }

    /** Free text (what the customer wrote, a mail, a summary): the e-mail addresses and phone numbers in it masked. */
    public String text(String text) {
        return masked ? MonitorMask.maskedText(text) : text;
    }

    /**
     * A named value, plain or a JSON tree (maps, lists, plain values): masked by its name (an e-mail, a phone, a name,
     * an address) and its text, as the monitor masks a payload's field.
     */
    public Object field(String name, Object value) {
        if (!masked || value == null) {
            return value;
        }
        return ((Map<?, ?>) MonitorMask.masked(Collections.singletonMap(name, value))).get(name);
    }

    /** A whole JSON tree, such as an event's payload. */
    public Object tree(Object tree) {
        return masked && tree != null ? MonitorMask.masked(tree) : tree;
    }
}
