package io.commerceresolver.policy.infrastructure;

import java.nio.file.Path;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.commerceresolver.policy.Decisions;
import io.commerceresolver.policy.OrderFactsSource;
import io.commerceresolver.policy.PolicyService;
import io.commerceresolver.policy.RefundLedger;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.system.Transactions;

@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PolicyConfiguration.class);

    @Bean
    RuleSetCompiler ruleSetCompiler(@Value("${resolver.rules.kmodule}") String kmodule) {
        return new RuleSetCompiler(Path.of(kmodule));
    }

    /** The shared rule set, compiled from the rules folder at start-up; tenants' own versions are added by the publisher. */
    @Bean
    DroolsPolicyEngine policyEngine(RuleSetCompiler compiler, @Value("${resolver.rules.dir}") String rulesDir) {
        CompiledRuleSet shared = compiler.compile(Path.of(rulesDir));
        log.info("Rule set {} loaded from {} ({})", shared.version(), shared.source().origin(), String.join(", ", shared.files()));
        return new DroolsPolicyEngine(shared);
    }

    @Bean
    PolicyFeatures policyFeatures() {
        return new CucumberPolicyFeatures();
    }

    @Bean
    RuleSetPublisher ruleSetPublisher(RuleSetCompiler compiler, PolicyFeatures features, DroolsPolicyEngine engine,
                                      RuleSetMapper ruleSets, DecisionMapper decisions, Transactions transactions, StoredJson json,
                                      Clock clock, @Value("${resolver.rules.dir}") String rulesDir,
                                      @Value("${resolver.rules.features-dir}") String featuresDir) {
        RuleSetPublisher publisher = new RuleSetPublisher(compiler, features, engine, ruleSets, decisions, transactions, json, clock,
                Path.of(rulesDir), Path.of(featuresDir));
        publisher.loadAtStartup();
        return publisher;
    }

    @Bean
    PolicyService policyService(DroolsPolicyEngine engine, Decisions decisions, OrderFactsSource orders, RefundLedger ledger,
                                Clock clock) {
        return new PolicyService(engine, decisions, orders, ledger, clock);
    }
}
