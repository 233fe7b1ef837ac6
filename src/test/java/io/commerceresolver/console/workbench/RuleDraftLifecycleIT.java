package io.commerceresolver.console.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import java.util.List;
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
 * breaks the policy manual, published once it passes; the manual then holds the run against the new live version, and a
 * tenant that never published has its shared version run when it opens the manual. Two analysts saving the same revision
 * do not overwrite each other.
 * (It shares the console tests' one Spring context.)
 */
@ConsoleBrowserTest
class RuleDraftLifecycleIT {

    private static final String DMN15 = "https://www.omg.org/spec/DMN/20230324/";
    private static final String DMN16 = "https://www.omg.org/spec/DMN/20240513/";
    private static final Duration FEATURES_RUN = Duration.ofSeconds(120);

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
            long started = draft.revision();
            assertThatThrownBy(() -> workbench.setThresholds(tenant, Map.of("maxAutoRefund", "20000"), started, "user:ann"))
                    .isInstanceOf(BadRequest.class).hasMessageContaining("[0, 10000]");
            assertThat(workbench.draft(tenant).orElseThrow().revision()).as("a refused save changes nothing").isEqualTo(started);
            draft = workbench.setThresholds(tenant, Map.of("maxAutoRefund", "150.00"), started, "user:ann");
            assertThat(draft.revision()).isEqualTo(started + 1);
            assertThat(draft.valid()).isTrue();
            assertThat(draft.version()).isNotEqualTo(live);
            RuleSets.WhatIf whatIf = workbench.whatIf(tenant, draft.revision(), 50).whatIf();
            assertThat(whatIf.features().allPassed()).isFalse();
            assertThat(whatIf.features().failures()).isNotEmpty().allSatisfy(failure -> {
                assertThat(failure.file()).startsWith("features/policy/");
                assertThat(failure.line()).isPositive();
            });
            long checked = draft.revision();
            assertThatThrownBy(() -> workbench.publish(tenant, checked, "user:ann")).isInstanceOf(RuleSetInvalid.class);
            assertThat(workbench.draft(tenant)).as("a refused candidate is kept").isPresent();
            assertThat(ruleSets.activeVersion(tenant)).isEqualTo(live);

            // a DRL file that does not compile is kept with its problems, by file and line
            String tiers = draft.ruleFiles().get("risk-tiers.drl");
            draft = workbench.saveFile(tenant, "risk-tiers.drl", tiers.replace("then", "then then"), draft.revision(), "user:ann");
            assertThat(draft.valid()).isFalse();
            assertThat(draft.problems()).anySatisfy(p -> {
                assertThat(p.file()).isEqualTo("rules/risk-tiers.drl");
                assertThat(p.line()).isPositive();
            });
            long broken = draft.revision();
            assertThatThrownBy(() -> workbench.publish(tenant, broken, "user:ann")).isInstanceOf(BadRequest.class).hasMessageContaining("problem");
            // and one the allow-list refuses is never compiled
            draft = workbench.saveFile(tenant, "risk-tiers.drl", tiers.replace("then", "then System.exit(1);"), draft.revision(), "user:ann");
            assertThat(draft.problems()).anySatisfy(p -> assertThat(p.file()).isEqualTo("rules/risk-tiers.drl"));
            draft = workbench.saveFile(tenant, "risk-tiers.drl",
                    tiers.replace("A write changes data: tier 2 WRITE", "A write changes data, so it is tier 2 WRITE"), draft.revision(), "user:ann");
            assertThat(draft.valid()).isTrue();

            // the DMN editor saves DMN 1.6: converted back, validated, and the threshold restored
            String thresholds = draft.ruleFiles().get("policy-thresholds.dmn").replace("<text>150.00</text>", "<text>100.00</text>")
                    .replace(DMN15 + "MODEL/", DMN16 + "MODEL/").replace(DMN15 + "FEEL/", DMN16 + "FEEL/");
            draft = workbench.saveFile(tenant, "policy-thresholds.dmn", thresholds, draft.revision(), "user:ann");
            assertThat(draft.valid()).isTrue();
            assertThat(draft.ruleFiles().get("policy-thresholds.dmn")).doesNotContain("20240513").contains(DMN15 + "MODEL/");
            // something DMN 1.5 does not have is refused with the validator's message
            RuleDraft only16 = workbench.saveFile(tenant, "policy-thresholds.dmn",
                    thresholds.replace("<decision name=\"Policy thresholds\"", "<decision onlyIn16=\"x\" name=\"Policy thresholds\""),
                    draft.revision(), "user:ann");
            assertThat(only16.problems()).anySatisfy(p -> assertThat(p.message()).contains("onlyIn16").contains("DMN 1.6"));
            draft = workbench.saveFile(tenant, "policy-thresholds.dmn", thresholds, only16.revision(), "user:ann");
            assertThat(draft.valid()).isTrue();

            assertThat(workbench.draftDiff(tenant)).filteredOn(Workbench.FileDiff::changed).extracting(Workbench.FileDiff::file)
                    .containsExactly("rules/risk-tiers.drl");
            String candidate = draft.version();

            RuleSets.Published published = workbench.publish(tenant, draft.revision(), "user:ann");
            assertThat(published.status()).isEqualTo("ACTIVE");
            assertThat(published.version()).isEqualTo(candidate);
            assertThat(ruleSets.activeVersion(tenant)).isEqualTo(candidate);
            assertThat(workbench.draft(tenant)).isEmpty();
            assertThat(workbench.diff(tenant, live, candidate)).filteredOn(Workbench.FileDiff::changed)
                    .singleElement().satisfies(d -> assertThat(d.lines()).anySatisfy(l -> assertThat(l.text()).contains("so it is tier 2")));

            PolicyManual.Status status = manual.status(tenant);
            assertThat(status.checked()).as("publishing keeps its run of the features for the manual").isTrue();
            assertThat(status.version()).isEqualTo(candidate);
            assertThat(status.checking()).isFalse();
            assertThat(status.check().report().allPassed()).isTrue();
            assertThat(manual.features(tenant, status)).allSatisfy(f -> assertThat(f.result()).isEqualTo(ManualPages.Result.PASSED));
        });
        TenantScope.of(bystander.tenantId(), () -> {
            assertThat(workbench.draft(bystander.tenantId())).isEmpty();
            // a tenant on the shared rule set has no run kept: opening the manual runs one in the background, once
            PolicyManual.Status opened = manual.status(bystander.tenantId());
            assertThat(opened.checked()).isFalse();
            assertThat(opened.checking()).isTrue();
            assertThat(manual.status(bystander.tenantId()).checking()).as("asked again while it runs: the same job").isTrue();
            PolicyManual.Status done = await().atMost(FEATURES_RUN).until(() -> manual.status(bystander.tenantId()), PolicyManual.Status::checked);
            assertThat(done.version()).isEqualTo(ruleSets.sharedVersion());
            assertThat(done.check().report().allPassed()).isTrue();
            assertThat(manual.features(bystander.tenantId(), done)).allSatisfy(f -> assertThat(f.result()).isEqualTo(ManualPages.Result.PASSED));
        });
    }

    @Test
    void twoAnalystsSavingFromTheSameRevisionDoNotOverwriteEachOther() {
        String tenant = stores.newStore(Map.of()).tenantId();
        TenantScope.of(tenant, () -> {
            RuleDraft base = workbench.start(tenant, "user:ann");
            assertThat(workbench.start(tenant, "user:ben")).as("a second start finds the candidate there")
                    .extracting(RuleDraft::revision, RuleDraft::updatedBy).containsExactly(base.revision(), "user:ann");
            String tiers = base.ruleFiles().get("risk-tiers.drl");

            RuleDraft ann = workbench.saveFile(tenant, "risk-tiers.drl", tiers + "\n// ann\n", base.revision(), "user:ann");
            assertThat(ann.revision()).isEqualTo(base.revision() + 1);
            // ben edited the same revision: his save is refused, naming ann's, and hers stays
            assertThatThrownBy(() -> workbench.setThresholds(tenant, Map.of("maxAutoRefund", "90.00"), base.revision(), "user:ben"))
                    .isInstanceOfSatisfying(StaleCandidate.class, stale -> {
                        assertThat(stale.savedBy()).isEqualTo("user:ann");
                        assertThat(stale.savedAt()).isNotNull();
                        assertThat(stale.revision()).isEqualTo(ann.revision());
                    });
            assertThatThrownBy(() -> workbench.saveFile(tenant, "risk-tiers.drl", tiers + "\n// ben\n", base.revision(), "user:ben"))
                    .isInstanceOf(StaleCandidate.class).hasMessageContaining("user:ann");
            RuleDraft stored = workbench.draft(tenant).orElseThrow();
            assertThat(stored.revision()).isEqualTo(ann.revision());
            assertThat(stored.updatedBy()).isEqualTo("user:ann");
            assertThat(stored.ruleFiles().get("risk-tiers.drl")).endsWith("// ann\n").doesNotContain("// ben");
            assertThat(stored.ruleFiles().get("policy-thresholds.dmn")).isEqualTo(base.ruleFiles().get("policy-thresholds.dmn"));

            // a check, a publication or a discard of the revision ben saw is refused too: he never saw ann's change
            assertThatThrownBy(() -> workbench.whatIf(tenant, base.revision(), 5)).isInstanceOf(StaleCandidate.class);
            assertThatThrownBy(() -> workbench.publish(tenant, base.revision(), "user:ben")).isInstanceOf(StaleCandidate.class);
            assertThatThrownBy(() -> workbench.discard(tenant, base.revision())).isInstanceOf(StaleCandidate.class);
            assertThat(ruleSets.activeVersion(tenant)).isEqualTo(base.version());
            workbench.discard(tenant, ann.revision());
            assertThat(workbench.draft(tenant)).isEmpty();
            workbench.discard(tenant, ann.revision()); // gone already: nothing to do
        });
    }

    @Test
    void aPageOfAnEarlierCandidateNeverActsOnALaterOne() {
        String tenant = stores.newStore(Map.of()).tenantId();
        TenantScope.of(tenant, () -> {
            RuleDraft x = workbench.start(tenant, "user:ann");
            String tiers = x.ruleFiles().get("risk-tiers.drl");
            RuleDraft xSaved = workbench.saveFile(tenant, "risk-tiers.drl", tiers + "\n// x\n", x.revision(), "user:ann");
            List<Long> xRevisions = List.of(x.revision(), xSaved.revision());
            workbench.discard(tenant, xSaved.revision());

            // a new candidate, saved a few times: were its numbers to start again, they would pass X's
            RuleDraft y = workbench.start(tenant, "user:ben");
            assertThat(y.revision()).as("revisions go on from the earlier candidate").isGreaterThan(xSaved.revision());
            for (int save = 0; save < 3; save++) {
                for (long stale : xRevisions) {
                    assertThatThrownBy(() -> workbench.saveFile(tenant, "risk-tiers.drl", tiers + "\n// x again\n", stale, "user:ann"))
                            .isInstanceOf(StaleCandidate.class);
                    assertThatThrownBy(() -> workbench.publish(tenant, stale, "user:ann")).isInstanceOf(StaleCandidate.class);
                    assertThatThrownBy(() -> workbench.discard(tenant, stale)).isInstanceOf(StaleCandidate.class);
                }
                y = workbench.saveFile(tenant, "risk-tiers.drl", tiers + "\n// y " + save + "\n", y.revision(), "user:ben");
            }
            RuleDraft stored = workbench.draft(tenant).orElseThrow();
            assertThat(stored.revision()).isEqualTo(y.revision());
            assertThat(stored.ruleFiles().get("risk-tiers.drl")).endsWith("// y 2\n").doesNotContain("// x");
            assertThat(ruleSets.activeVersion(tenant)).isEqualTo(x.version());
        });
    }
}
