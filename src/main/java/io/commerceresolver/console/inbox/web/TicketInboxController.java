package io.commerceresolver.console.inbox.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import io.commerceresolver.console.inbox.TicketInbox;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.ticket.Ticket;
import io.commerceresolver.ticket.TicketClosing;
import io.commerceresolver.ticket.TicketTakeover;

/** The tickets of the inbox: a tab with search, one ticket's story, taking a handed-over ticket and closing it. */
@Controller
class TicketInboxController {

    private final TicketInbox inbox;
    private final TicketTakeover takeover;
    private final TicketClosing closing;

    TicketInboxController(TicketInbox inbox, TicketTakeover takeover, TicketClosing closing) {
        this.inbox = inbox;
        this.takeover = takeover;
        this.closing = closing;
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/console/tickets")
    String tickets(@AuthenticationPrincipal Caller me, @RequestParam(required = false) String tab, @RequestParam(required = false) String q,
                   @RequestParam(required = false) String after, Model model) {
        model.addAttribute("page", inbox.list(me, tab, q, after));
        return "console/tickets/list";
    }

    @PreAuthorize(Access.READ)
    @GetMapping("/console/tickets/{ticketId}")
    String ticket(@AuthenticationPrincipal Caller me, @PathVariable String ticketId, Model model) {
        model.addAttribute("ticket", inbox.ticket(me, ticketId));
        return "console/tickets/ticket";
    }

    @PreAuthorize(Access.WORK_TICKET)
    @PostMapping("/console/tickets/{ticketId}/take-over")
    String takeOver(@AuthenticationPrincipal Caller me, @PathVariable String ticketId, RedirectAttributes flash) {
        TicketTakeover.TakenOver taken = takeover.takeOver(me, ticketId);
        flash.addFlashAttribute("done", taken.changed() ? "The ticket is yours now." : "The ticket was yours already.");
        return redirect(ticketId);
    }

    /** As the API's POST /api/v1/tickets/{id}/resolution: resolved or declined, with a note for the story. */
    @PreAuthorize(Access.WORK_TICKET)
    @PostMapping("/console/tickets/{ticketId}/resolution")
    String close(@AuthenticationPrincipal Caller me, @PathVariable String ticketId, @RequestParam(required = false) String outcome,
                 @RequestParam(required = false) String note, RedirectAttributes flash) {
        if (note == null || note.isBlank()) {
            throw new BadRequest("note", "Write a note on what was done: it is kept in the ticket's story");
        }
        Ticket closed = closing.close(me.tenantId(), ticketId, outcome, note, me.principal());
        flash.addFlashAttribute("done", "The ticket is closed: " + closed.status().name().toLowerCase(java.util.Locale.ROOT) + ".");
        return redirect(ticketId);
    }

    private static String redirect(String ticketId) {
        return "redirect:/console/tickets/" + UriUtils.encodePathSegment(ticketId, java.nio.charset.StandardCharsets.UTF_8);
    }
}
