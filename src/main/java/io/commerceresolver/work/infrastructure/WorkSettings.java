package io.commerceresolver.work.infrastructure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this instance takes part in the shared work.
 *
 * @param workers       threads carrying out jobs; each holds at most one database connection at a time, so the
 *                      pool needs this many plus what intake and the API use
 * @param pollInterval  how often the table is looked at for work other instances queued or retries that fell due
 * @param lease         how long a claimed job is this instance's; a job whose worker died is taken up after it
 * @param maxAttempts   claims of a job that keeps failing before it is closed as failed
 * @param retryBackoff  wait after a job's first failure, doubled after each further one
 * @param shutdownGrace how long a stop waits for jobs under way
 */
@ConfigurationProperties("resolver.work")
record WorkSettings(@DefaultValue("4") int workers,
                    @DefaultValue("PT0.5S") Duration pollInterval,
                    @DefaultValue("PT60S") Duration lease,
                    @DefaultValue("6") int maxAttempts,
                    @DefaultValue("PT1S") Duration retryBackoff,
                    @DefaultValue("PT10S") Duration shutdownGrace) {
}
