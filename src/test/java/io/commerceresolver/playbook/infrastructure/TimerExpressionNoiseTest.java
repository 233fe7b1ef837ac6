package io.commerceresolver.playbook.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/** Only jBPM's complaints about the deadline expression are dropped; its other errors, and other variables, pass. */
class TimerExpressionNoiseTest {

    private final LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final TimerExpressionNoise filter = new TimerExpressionNoise();
    private final ListAppender<ILoggingEvent> seen = new ListAppender<>();

    @AfterEach
    void removeFilter() {
        logging.getTurboFilterList().remove(filter);
    }

    @Test
    void dropsTheDeadlineExpressionLinesAndNothingElse() {
        Logger instance = attach("org.jbpm.workflow.instance.impl.WorkflowProcessInstanceImpl");
        Logger events = attach("org.jbpm.process.core.event.EventTypeFilter");

        instance.error("Could not find variable scope for variable {}", "deadline");
        events.warn("expression {} in dynamic signal {} not resolved", "deadline", "Timer-approve-#{deadline}-deadlinePassed");
        instance.error("Could not find variable scope for variable {}", "amount");
        instance.error("Process instance {} failed", "deadline");

        assertThat(seen.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "Could not find variable scope for variable amount", "Process instance deadline failed");
    }

    private Logger attach(String name) {
        Logger logger = logging.getLogger(name);
        if (!seen.isStarted()) {
            seen.start();
        }
        logger.addAppender(seen);
        return logger;
    }
}
