package io.commerceresolver.changeset;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import io.commerceresolver.approval.Approval;
import io.commerceresolver.approval.ApprovalInbox;
import io.commerceresolver.delegation.Component;
import io.commerceresolver.delegation.Delegations;
import io.commerceresolver.delegation.MailSender;
import io.commerceresolver.playbook.AgentRun;
import io.commerceresolver.receipt.Receipt;
import io.commerceresolver.receipt.ReceiptStore;
import io.commerceresolver.ticket.NewTicket;

/**
 * Tells the requester and the approver how a changeset ended, with its receipt: one queued mail each (staff whose
 * user name is a mail address), idempotent per changeset and person, so a step carried out again queues nothing new.
 */
public class ChangesetNotices {

    /** What the summary mail says; the template (messages/changeset_summary.en.mustache) writes it. */
    public record Summary(String changesetId, String headline, String requestedBy, String approvedBy, int operations, int refused,
                          int written, int failed, int skipped, int verified, int notShown, String outcome, String receiptId,
                          Long receiptSeq, String receiptSha256, boolean rollback) {
    }

    /** Renders the summary: its subject and body. */
    public interface Messages {
        Mail render(Summary summary);
    }

    public record Mail(String subject, String body) {
    }

    private static final String PERSON = "user:";

    private final ApprovalInbox approvals;
    private final ReceiptStore receipts;
    private final Delegations delegations;
    private final Messages messages;

    public ChangesetNotices(ApprovalInbox approvals, ReceiptStore receipts, Delegations delegations, Messages messages) {
        this.approvals = approvals;
        this.receipts = receipts;
        this.delegations = delegations;
        this.messages = messages;
    }

    public void tell(Changeset changeset, AgentRun run) {
        Optional<Approval> approval = approvals.forRun(changeset.tenantId(), run.id());
        String decidedBy = approval.map(Approval::decidedBy).orElse(null);
        String approvedBy = decidedBy != null && decidedBy.startsWith(PERSON) ? decidedBy.substring(PERSON.length()) : decidedBy;
        Optional<Receipt> receipt = changeset.receiptId() == null ? Optional.empty() : receipts.find(changeset.tenantId(), changeset.receiptId());
        Changeset.Progress progress = changeset.progress();
        Mail mail = messages.render(new Summary(changeset.id(), headline(changeset.status()), changeset.requestedBy(), approvedBy,
                changeset.operationCount(), changeset.refusedCount(), progress.written(), progress.failed(), progress.skipped(),
                progress.verified(), progress.notShown(), changeset.outcome(), changeset.receiptId(), receipt.map(Receipt::seq).orElse(null),
                receipt.map(Receipt::sha256).orElse(null), progress.written() > 0));
        Set<String> to = new LinkedHashSet<>();
        to.add(changeset.requestedBy());
        if (decidedBy != null && decidedBy.startsWith(PERSON)) {
            // an approval names its decider by principal: a person's is their user name, an API key has no mailbox
            to.add(approvedBy);
        }
        // the notifier's delegation may send mail and nothing else
        MailSender notifier = delegations.mail(delegations.issue(changeset.tenantId(), changeset.id(), Component.NOTIFIER));
        to.stream().filter(NewTicket::isEmail).forEach(address -> notifier.send(changeset.tenantId(),
                "changeset:" + changeset.id() + ":summary:" + address, address, mail.subject(), mail.body()));
    }

    private static String headline(ChangesetStatus status) {
        return switch (status) {
            case VERIFIED -> "written and read back as asked";
            case NOT_SHOWN -> "written, but the store does not show all of it";
            case PARTIAL -> "stopped part way";
            default -> "ended " + status.name().toLowerCase();
        };
    }
}
