package io.commerceresolver.playbook.infrastructure;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.commerceresolver.approval.ApprovalOperations;
import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.playbook.EventLog;
import io.commerceresolver.playbook.PlaybookRuns;
import io.commerceresolver.playbook.ProcessEngine;
import io.commerceresolver.playbook.RunOperations;
import io.commerceresolver.playbook.ToolCalls;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.work.WorkQueue;

/** An operator's retry and cancel of runs (issue 13). */
@Configuration(proxyBeanMethods = false)
class RunOperationsConfiguration {

    @Bean
    RunOperations runOperations(PlaybookRuns runs, ToolCalls calls, ProcessEngine engine, WorkQueue work, EventLog events,
                                ApprovalOperations approvals, AuditLog audit, Transactions transactions, Clock clock) {
        return new RunOperations(runs, calls, engine, work, events, approvals::withdraw, audit, transactions, clock);
    }
}
