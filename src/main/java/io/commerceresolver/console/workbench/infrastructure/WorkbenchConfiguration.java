package io.commerceresolver.console.workbench.infrastructure;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.commerceresolver.console.workbench.LiveRules;
import io.commerceresolver.console.workbench.ManualCheckFailures;
import io.commerceresolver.console.workbench.ManualChecks;
import io.commerceresolver.console.workbench.PolicyManual;
import io.commerceresolver.console.workbench.Workbench;
import io.commerceresolver.policy.PolicyEngine;
import io.commerceresolver.policy.RuleSets;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.tenant.TenantDirectory;
import io.commerceresolver.work.WorkQueue;

@Configuration(proxyBeanMethods = false)
class WorkbenchConfiguration {

    @Bean
    Workbench workbench(RuleSets ruleSets, RuleDraftMapper drafts, StoredJson json, Transactions transactions, Clock clock) {
        return new Workbench(ruleSets, new RuleDraftsDatabase(drafts, json, transactions), clock);
    }

    @Bean
    LiveRules liveRules(RuleSets ruleSets, PolicyEngine engine, TenantDirectory tenants) {
        return new LiveRules(ruleSets, engine, tenants);
    }

    @Bean
    ManualCheckFailures manualCheckFailures(ManualFailureMapper mapper) {
        return new ManualFailuresDatabase(mapper);
    }

    @Bean
    PolicyManual policyManual(RuleSets ruleSets, WorkQueue work, Transactions transactions, ManualCheckFailures failures) {
        return new PolicyManual(ruleSets, work, transactions, failures);
    }

    @Bean
    ManualChecks manualChecks(RuleSets ruleSets, WorkQueue work, Transactions transactions, ManualCheckFailures failures, Clock clock) {
        return new ManualChecks(ruleSets, work, transactions, failures, clock);
    }
}
