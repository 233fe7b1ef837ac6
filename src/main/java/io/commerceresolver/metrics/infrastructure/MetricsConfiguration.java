package io.commerceresolver.metrics.infrastructure;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.commerceresolver.metrics.MetricsRecords;
import io.commerceresolver.metrics.MetricsSummaries;

@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    MetricsSummaries metricsSummaries(MetricsRecords records, Clock clock) {
        return new MetricsSummaries(records, clock);
    }
}
