package io.commerceresolver.console.web;

import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.security.access.expression.SecurityExpressionRoot;
import org.springframework.security.core.Authentication;

import io.commerceresolver.security.web.Access;

/**
 * What the signed-in person may do, worked out from the very {@link Access} expressions the endpoints enforce, so a
 * page never offers a button its request would be refused for (and never hides one it would be allowed).
 */
public record ConsoleRights(boolean read, boolean workTickets, boolean decideApprovals, boolean editPolicy, boolean operateRuns,
                            boolean administer) {

    private static final SpelExpressionParser PARSER = new SpelExpressionParser();

    public static ConsoleRights of(Authentication person) {
        return new ConsoleRights(allows(Access.READ, person), allows(Access.WORK_TICKET, person), allows(Access.DECIDE_APPROVAL, person),
                allows(Access.EDIT_POLICY, person), allows(Access.OPERATE_RUNS, person), allows(Access.ADMINISTER, person));
    }

    static boolean allows(String accessExpression, Authentication person) {
        if (person == null) {
            return false;
        }
        Expression expression = PARSER.parseExpression(accessExpression);
        SecurityExpressionRoot root = new SecurityExpressionRoot(person) { };
        return Boolean.TRUE.equals(expression.getValue(new StandardEvaluationContext(root), Boolean.class));
    }
}
