package io.commerceresolver.playbook.infrastructure;

import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * The approval's deadline timer in processes/authorise.bpmn takes its duration from the variable {@code deadline}.
 * jBPM 10.1 resolves that expression against every process instance a signal passes on its way, the calling
 * playbook included, which has no such variable, and logs an ERROR and a WARN each time (7 to 11 lines per
 * approval under load). The timer itself is set from the subprocess's own variable and fires as it should
 * (ApprovalDeadlineIT). These lines, and only these, are dropped so that real errors are not buried.
 */
@Component
class TimerExpressionNoise extends TurboFilter {

    private static final String VARIABLE_SCOPE = "org.jbpm.workflow.instance.impl.WorkflowProcessInstanceImpl";
    private static final String EVENT_FILTER = "org.jbpm.process.core.event.EventTypeFilter";

    TimerExpressionNoise() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging) {
            logging.addTurboFilter(this);
            start();
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable thrown) {
        if (format == null || params == null || params.length == 0 || !"deadline".equals(String.valueOf(params[0]))) {
            return FilterReply.NEUTRAL;
        }
        boolean unresolved = VARIABLE_SCOPE.equals(logger.getName()) && format.startsWith("Could not find variable scope for variable")
                || EVENT_FILTER.equals(logger.getName()) && format.startsWith("expression {} in dynamic signal");
        return unresolved ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
