package io.commerceresolver.policy.infrastructure;

import java.nio.file.Path;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
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

    /**
     * The engine starts empty: the publisher compiles the shared rule set from the rules folder and loads tenants'
     * own versions on a background thread (see {@link #ruleSetPublisher}), and every look-up waits for that.
     */
    @Bean
    DroolsPolicyEngine policyEngine() {
        return DroolsPolicyEngine.loading();
    }

    @Bean
    PolicyFeatures policyFeatures() {
        return new CucumberPolicyFeatures();
    }

    @Bean
    RuleSetPublisher ruleSetPublisher(RuleSetCompiler compiler, PolicyFeatures features, DroolsPolicyEngine engine,
                                      RuleSetMapper ruleSets, DecisionMapper decisions, PolicyFeatureCheckMapper featureChecks, Transactions transactions, StoredJson json,
                                      Clock clock, @Value("${resolver.rules.dir}") String rulesDir,
                                      @Value("${resolver.rules.features-dir}") String featuresDir) {
        RuleSetPublisher publisher = new RuleSetPublisher(compiler, features, engine, ruleSets, decisions, featureChecks, transactions, json, clock,
                Path.of(rulesDir), Path.of(featuresDir));
        // Compiling the rule set (DMN validation, DRL build) takes seconds; it runs beside the rest of the start-up
        // (Hibernate, Kogito, Camel) instead of before it. The gate below holds the start-up open until it is done.
        Thread loader = new Thread(() -> {
            try {
                publisher.loadAtStartup();
            } catch (RuntimeException | Error e) {
                log.error("The rule sets could not be loaded at start-up", e);
            }
        }, "rule-set-startup");
        loader.setDaemon(true);
        loader.start();
        return publisher;
    }

    /**
     * The last thing started: waits for the start-up rule sets, after the web server already answers (requests that
     * need no decision are served meanwhile; decisions wait in the engine). A rule set that does not compile still
     * fails the start-up, as it did when it was compiled in line.
     */
    @Bean
    SmartLifecycle ruleSetStartupGate(DroolsPolicyEngine engine) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                long began = System.nanoTime();
                engine.awaitLoaded();
                running = true;
                log.debug("Rule sets ready; waited {} ms for them", (System.nanoTime() - began) / 1_000_000);
            }

            @Override
            public void stop() {
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return Integer.MAX_VALUE;
            }
        };
    }

    @Bean
    PolicyService policyService(DroolsPolicyEngine engine, Decisions decisions, OrderFactsSource orders, RefundLedger ledger,
                                Clock clock) {
        return new PolicyService(engine, decisions, orders, ledger, clock);
    }
}
