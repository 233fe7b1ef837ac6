package io.commerceresolver.console.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.commerceresolver.console.inbox.WaitingForYou;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;

/** The sign-in page and the console's front page, which counts what waits for the person. */
@Controller
class ConsoleHomeController {

    private final ConsoleProviderSignIn provider;
    private final WaitingForYou waiting;

    ConsoleHomeController(ConsoleProviderSignIn provider, WaitingForYou waiting) {
        this.provider = provider;
        this.waiting = waiting;
    }

    @GetMapping(ConsoleSecurityConfiguration.SIGN_IN)
    String signIn(Authentication person, Model model) {
        if (person != null && person.getPrincipal() instanceof Caller) {
            return "redirect:/console";
        }
        if (provider.enabled()) {
            model.addAttribute("provider", provider.name());
            model.addAttribute("providerStart", ConsoleProviderSignIn.START + "/" + ConsoleProviderSignIn.REGISTRATION);
        }
        return "console/sign-in";
    }

    @PreAuthorize(Access.READ)
    @GetMapping({"/console", "/console/"})
    String home(@AuthenticationPrincipal Caller me, Authentication person, Model model) {
        ConsoleRights may = ConsoleRights.of(person);
        model.addAttribute("waiting", waiting.of(me, may.decideApprovals(), may.workTickets(), may.operateRuns()));
        return "console/home";
    }
}
