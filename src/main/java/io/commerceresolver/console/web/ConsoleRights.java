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

    // parsed once: every console page asks
    private static final SpelExpressionParser PARSER = new SpelExpressionParser();
    private static final Expression READ = PARSER.parseExpression(Access.READ);
    private static final Expression WORK_TICKET = PARSER.parseExpression(Access.WORK_TICKET);
    private static final Expression DECIDE_APPROVAL = PARSER.parseExpression(Access.DECIDE_APPROVAL);
    private static final Expression EDIT_POLICY = PARSER.parseExpression(Access.EDIT_POLICY);
    private static final Expression OPERATE_RUNS = PARSER.parseExpression(Access.OPERATE_RUNS);
    private static final Expression ADMINISTER = PARSER.parseExpression(Access.ADMINISTER);

    public static ConsoleRights of(Authentication person) {
        if (person == null) {
            return new ConsoleRights(false, false, false, false, false, false);
        }
        StandardEvaluationContext context = new StandardEvaluationContext(new SecurityExpressionRoot(person) { });
        return new ConsoleRights(allows(READ, context), allows(WORK_TICKET, context), allows(DECIDE_APPROVAL, context),
                allows(EDIT_POLICY, context), allows(OPERATE_RUNS, context), allows(ADMINISTER, context));
    }

    private static boolean allows(Expression access, StandardEvaluationContext person) {
        return Boolean.TRUE.equals(access.getValue(person, Boolean.class));
    }
}
