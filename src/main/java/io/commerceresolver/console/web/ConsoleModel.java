package io.commerceresolver.console.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.commerceresolver.security.Caller;
import io.commerceresolver.security.Role;

/** What every console page shows around its content: who is signed in, for which tenant, and where they may go. */
@ControllerAdvice(basePackages = "io.commerceresolver.console")
class ConsoleModel {

    /** A person as the page header shows them. */
    record SignedIn(String tenant, String name, List<String> roles) {
    }

    /** One entry of the navigation; {@code current} marks the section the page belongs to (aria-current). */
    record Section(String label, String href, boolean current) {
    }

    @ModelAttribute("me")
    SignedIn me() {
        Authentication person = SecurityContextHolder.getContext().getAuthentication();
        if (person == null || !(person.getPrincipal() instanceof Caller caller)) {
            return null;
        }
        return new SignedIn(caller.tenantId(), caller.name(), caller.roles().stream().sorted().map(Role::code).toList());
    }

    @ModelAttribute("may")
    ConsoleRights may() {
        return ConsoleRights.of(SecurityContextHolder.getContext().getAuthentication());
    }

    @ModelAttribute("sections")
    List<Section> sections(HttpServletRequest request) {
        String path = request.getRequestURI();
        return List.of(
                section("Tickets", "/console/tickets", path),
                section("Approvals", "/console/approvals", path),
                section("Processes", "/console/processes", path),
                section("Dashboard", "/console/dashboard", path),
                section("Rules", "/console/rules", path),
                section("Policy manual", "/console/manual", path));
    }

    private static Section section(String label, String href, String path) {
        return new Section(label, href, path.equals(href) || path.startsWith(href + "/"));
    }
}
