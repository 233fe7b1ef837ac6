package io.commerceresolver.console.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.commerceresolver.security.Caller;
import io.commerceresolver.security.web.Access;

/** The sign-in page and the console's front page. */
@Controller
class ConsoleHomeController {

    @GetMapping(ConsoleSecurityConfiguration.SIGN_IN)
    String signIn(Authentication person, @RequestParam(required = false) String failed) {
        if (person != null && person.getPrincipal() instanceof Caller) {
            return "redirect:/console";
        }
        return "console/sign-in";
    }

    @PreAuthorize(Access.READ)
    @GetMapping({"/console", "/console/"})
    String home() {
        return "console/home";
    }
}
