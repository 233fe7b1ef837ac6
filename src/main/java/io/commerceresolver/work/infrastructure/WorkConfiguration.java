package io.commerceresolver.work.infrastructure;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.commerceresolver.system.Transactions;
import io.commerceresolver.work.JobHandler;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkSettings.class)
class WorkConfiguration {

    @Bean
    WorkerIdentity workerIdentity(WorkSettings settings) {
        // a new name at every start: leases of a previous life of this instance are left to run out, not resumed
        return new WorkerIdentity(hostName() + "/" + UUID.randomUUID().toString().substring(0, 8), settings.lease());
    }

    @Bean
    JobsDatabase workQueue(JobMapper jobs, WorkerIdentity identity, Clock clock, ObjectProvider<JobWorkers> workers) {
        return new JobsDatabase(jobs, identity, clock, () -> workers.ifAvailable(JobWorkers::wake));
    }

    @Bean
    JobWorkers jobWorkers(JobsDatabase jobs, WorkerIdentity identity, List<JobHandler> handlers, Transactions transactions,
                          Clock clock, WorkSettings settings) {
        return new JobWorkers(jobs, identity, handlers, transactions, clock, settings);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            return "instance";
        }
    }
}
