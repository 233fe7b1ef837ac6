package io.commerceresolver.console.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.commerceresolver.console.ConsoleBrowserTest;
import io.commerceresolver.policy.RuleSetInvalid;
import io.commerceresolver.policy.RuleSets;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.TenantScope;

/**
 * A candidate's life in the workbench against the real rule set, database and policy features: started from the live
 * version, edited (a threshold, a DRL file, a DMN file saved as DMN 1.6), checked on every save, refused while it
 * breaks the policy manual, published once it passes; the manual then holds the run against the new live version.
 * (It shares the console tests' one Spring context.)
 */
@ConsoleBrowserTest
class RuleDraftLifecycleIT {

    private static final String DMN15 = "https://www.omg.org/spec/DMN/20230324/";
    private static final String DMN16 = "https://www.omg.org/spec/DMN/20240513/";

    @Autowired
    TestStores stores;
    @Autowired
    Workbench workbench;
    @Autowired
    PolicyManual manual;
    @Autowired
    RuleSets ruleSets;

    @Test
    void aCandidateIsEditedCheckedRefusedWhileItBreaksThePolicyAndPublishedOnceItPasses() {
        TestStores.Store store = stores.newStore(Map.of());
        TestStores.Store bystander = stores.newStore(Map.of());
        String tenant = store.tenantId();
        TenantScope.of(tenant, () -> {
            String live = ruleSets.activeVersion(tenant);
            RuleDraft draft = workbench.start(tenant, "user:ann");
            assertThat(draft.basedOn()).isEqualTo(live);
            assertThat(draft.version()).as("an untouched copy is the live version").isEqualTo(live);
            assertThat(draft.featureFiles()).containsKey("refund_auto_approval.feature");

            // a threshold within its bounds compiles, but breaks the policy manual
            assertThatThrownBy(() -> workbench.setThresholds(tenant, Map.of("maxAutoRefund", "20000"), "user:ann"))
                    .isInstanceOf(BadRequest.class).hasMessageContaining("[0, 10000]");
            draft = workbench.setThresholds(tenant, Map.of("maxAutoRefund", "150.00"), "user:ann");
            assertThat(draft.valid()).isTrue();
            assertThat(draft.version()).isNotEqualTo(live);
            RuleSets.WhatIf whatIf = workbench.whatIf(tenant, 50);
            assertThat(whatIf.features().allPassed()).isFalse();
            assertThat(whatIf.features().failures()).isNotEmpty().allSatisfy(failure -> {
                assertThat(failure.file()).startsWith("features/policy/");
                assertThat(failure.line()).isPositive();
            });
            assertThatThrownBy(() -> workbench.publish(tenant, "user:ann")).isInstanceOf(RuleSetInvalid.class);
            assertThat(workbench.draft(tenant)).as("a refused candidate is kept").isPresent();
            assertThat(ruleSets.activeVersion(tenant)).isEqualTo(live);

            // a DRL file that does not compile is kept with its problems, by file and line
            String tiers = draft.ruleFiles().get("risk-tiers.drl");
            draft = workbench.saveFile(tenant, "risk-tiers.drl", tiers.replace("then", "then then"), "user:ann");
            assertThat(draft.valid()).isFalse();
            assertThat(draft.problems()).anySatisfy(p -> {
                assertThat(p.file()).isEqualTo("rules/risk-tiers.drl");
                assertThat(p.line()).isPositive();
            });
            assertThatThrownBy(() -> workbench.publish(tenant, "user:ann")).isInstanceOf(BadRequest.class).hasMessageContaining("problem");
            // and one the allow-list refuses is never compiled
            draft = workbench.saveFile(tenant, "risk-tiers.drl", tiers.replace("then", "then System.exit(1);"), "user:ann");
            assertThat(draft.problems()).anySatisfy(p -> assertThat(p.file()).isEqualTo("rules/risk-tiers.drl"));
            draft = workbench.saveFile(tenant, "risk-tiers.drl",
                    tiers.replace("A write changes data: tier 2 WRITE", "A write changes data, so it is tier 2 WRITE"), "user:ann");
            assertThat(draft.valid()).isTrue();

            // the DMN editor saves DMN 1.6: converted back, validated, and the threshold restored
            String thresholds = draft.ruleFiles().get("policy-thresholds.dmn").replace("<text>150.00</text>", "<text>100.00</text>")
                    .replace(DMN15 + "MODEL/", DMN16 + "MODEL/").replace(DMN15 + "FEEL/", DMN16 + "FEEL/");
            draft = workbench.saveFile(tenant, "policy-thresholds.dmn", thresholds, "user:ann");
            assertThat(draft.valid()).isTrue();
            assertThat(draft.ruleFiles().get("policy-thresholds.dmn")).doesNotContain("20240513").contains(DMN15 + "MODEL/");
            // something DMN 1.5 does not have is refused with the validator's message
            RuleDraft broken = workbench.saveFile(tenant, "policy-thresholds.dmn",
                    thresholds.replace("<decision name=\"Policy thresholds\"", "<decision onlyIn16=\"x\" name=\"Policy thresholds\""), "user:ann");
            assertThat(broken.problems()).anySatisfy(p -> assertThat(p.message()).contains("onlyIn16").contains("DMN 1.6"));
            draft = workbench.saveFile(tenant, "policy-thresholds.dmn", thresholds, "user:ann");
            assertThat(draft.valid()).isTrue();

            assertThat(workbench.draftDiff(tenant)).filteredOn(Workbench.FileDiff::changed).extracting(Workbench.FileDiff::file)
                    .containsExactly("rules/risk-tiers.drl");
            String candidate = draft.version();

            RuleSets.Published published = workbench.publish(tenant, "user:ann");
            assertThat(published.status()).isEqualTo("ACTIVE");
            assertThat(published.version()).isEqualTo(candidate);
            assertThat(ruleSets.activeVersion(tenant)).isEqualTo(candidate);
            assertThat(workbench.draft(tenant)).isEmpty();
            assertThat(workbench.diff(tenant, live, candidate)).filteredOn(Workbench.FileDiff::changed)
                    .singleElement().satisfies(d -> assertThat(d.lines()).anySatisfy(l -> assertThat(l.text()).contains("so it is tier 2")));

            PolicyManual.Status status = manual.status(tenant);
            assertThat(status.checked()).as("publishing keeps its run of the features for the manual").isTrue();
            assertThat(status.check().report().allPassed()).isTrue();
            assertThat(manual.features(tenant, status)).allSatisfy(f -> assertThat(f.result()).isEqualTo(ManualPages.Result.PASSED));
        });
        TenantScope.of(bystander.tenantId(), () -> {
            assertThat(workbench.draft(bystander.tenantId())).isEmpty();
            assertThat(manual.status(bystander.tenantId()).checked()).isFalse();
        });
    }
}
