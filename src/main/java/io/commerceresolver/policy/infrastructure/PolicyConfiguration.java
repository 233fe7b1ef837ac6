package io.commerceresolver.policy.infrastructure;

import java.nio.file.Path;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.commerceresolver.policy.Decisions;
import io.commerceresolver.policy.PolicyService;
import io.commerceresolver.system.Transactions;

@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PolicyConfiguration.class);
    /** The rule set from rules/ serves every tenant that has not published one of its own. */
    static final String ALL_TENANTS = "*";

    @Bean
    DroolsPolicyEngine policyEngine(@Value("${resolver.rules.dir}") String rulesDir,
                                    @Value("${resolver.rules.kmodule}") String kmodule, RuleSetMapper ruleSets,
                                    Transactions transactions, Clock clock) {
        CompiledRuleSet ruleSet = new RuleSetCompiler(Path.of(kmodule)).compile(Path.of(rulesDir));
        transactions.inTransaction(() -> {
            if (ruleSets.find(ALL_TENANTS, ruleSet.version()).isEmpty()) {
                ruleSets.insert(new RuleSetMapper.RuleSetRow(ALL_TENANTS, ruleSet.version(), ruleSet.sha256(), ruleSet.source(),
                        "startup", clock.instant(), "ACTIVE"));
            }
            ruleSets.markActive(ALL_TENANTS, ruleSet.version());
            ruleSets.supersedeAllBut(ALL_TENANTS, ruleSet.version());
        });
        log.info("Rule set {} loaded from {} ({})", ruleSet.version(), ruleSet.source(), String.join(", ", ruleSet.files()));
        return new DroolsPolicyEngine(ruleSet);
    }

    @Bean
    PolicyService policyService(DroolsPolicyEngine engine, Decisions decisions, Clock clock) {
        return new PolicyService(engine, decisions, clock);
    }
}
