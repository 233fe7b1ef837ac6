package io.commerceresolver.filedrop;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import io.commerceresolver.mail.MailIntake;
import io.commerceresolver.mail.MailReceipt;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.tenant.TenantDirectory;
import io.commerceresolver.ticket.NewTicket;
import io.commerceresolver.ticket.TicketIntake;

/**
 * Takes in one dropped file for the tenant whose folder it was dropped in. A JSON ticket without an externalId is
 * known by its content's SHA-256, a mail by its Message-ID: the same file dropped twice makes one ticket.
 */
public class FileDrop {

    public static final String SOURCE = "file";
    static final String SUBMITTED_BY = "file-drop";

    private final TicketIntake tickets;
    private final MailIntake mail;
    private final TenantDirectory tenants;

    public FileDrop(TicketIntake tickets, MailIntake mail, TenantDirectory tenants) {
        this.tickets = tickets;
        this.mail = mail;
        this.tenants = tenants;
    }

    /** @param ticketId null when the file was refused (then {@link FileRefused} is thrown instead) */
    public record Taken(String ticketId, boolean alreadyTaken) {
    }

    /** Which tenant a folder belongs to; refused when no tenant has that id. Call outside any tenant scope. */
    public String tenantOf(String folder) {
        if (!TenantScope.isTenantId(folder) || TenantScope.of(folder, () -> tenants.find(folder)).isEmpty()) {
            throw new FileRefused("the folder '" + folder + "' is not a tenant's: files go in <root>/<tenant id>/");
        }
        return folder;
    }

    /** A ticket in the JSON shape of POST /api/v1/tickets, already parsed; within the tenant's scope. */
    public Taken ticket(String tenantId, NewTicket ticket, byte[] content) {
        String externalId = ticket.externalId() == null ? "sha256:" + sha256(content) : ticket.externalId();
        NewTicket known = new NewTicket(ticket.source() == null ? SOURCE : ticket.source(), externalId, ticket.customerEmail(),
                ticket.subject(), ticket.text());
        try {
            TicketIntake.Accepted accepted = tickets.accept(tenantId, known, null, SUBMITTED_BY);
            return new Taken(accepted.ticketId(), accepted.duplicate());
        } catch (BadRequest invalid) {
            throw new FileRefused((invalid.field() == null ? "" : invalid.field() + ": ") + invalid.getMessage());
        }
    }

    /** A mail saved as a file (.eml); within the tenant's scope. */
    public Taken mail(String tenantId, byte[] content) {
        MailReceipt receipt = mail.receive(tenantId, content, "file");
        if (receipt.outcome() == MailReceipt.Outcome.REFUSED) {
            throw new FileRefused("a mail not made a ticket (" + receipt.refusedAs().name().toLowerCase(Locale.ROOT) + "): " + receipt.reason());
        }
        return new Taken(receipt.ticketId(), receipt.outcome() == MailReceipt.Outcome.ALREADY_RECEIVED);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
