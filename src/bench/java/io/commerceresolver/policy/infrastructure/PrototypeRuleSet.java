package io.commerceresolver.policy.infrastructure;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.drools.compiler.kie.builder.impl.DrlProject;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;
import org.kie.internal.event.rule.RuleEventListener;
import org.kie.internal.event.rule.RuleEventManager;

import io.commerceresolver.policy.Operation;
import io.commerceresolver.policy.OperationRequest;
import io.commerceresolver.policy.RuleEvaluation;
import io.commerceresolver.policy.RuleSetSource;
import io.commerceresolver.policy.Thresholds;
import io.commerceresolver.policy.Verdict;

/**
 * BENCHMARK PROTOTYPE, not production code: the same decision as {@code CompiledRuleSet.evaluate} (same rules, same
 * verdict, fired rules, reasons and thresholds; {@code DecisionHarness --check} proves it on the whole stream) with
 * the two changes docs/benchmarks.md still suggests for src/main, one at a time or together. It sits in this package
 * only to reach the package-private parts of the rule set, and is compiled only under -Pbench.
 *
 * <ul>
 * <li>{@link Step#SESSION}: one long-lived session per thread, held in a ThreadLocal and replaced after the same
 *     {@link DecisionSessions#RECYCLE_AFTER} decisions, instead of borrowing one from a concurrent deque and giving
 *     it back (with an atomic idle count) around every decision;</li>
 * <li>{@link Step#EXEC_POOL}: the shipped session pool over a KIE base built with the executable model
 *     ({@code ExecutableModelProject}: constraints and consequences compiled to Java lambdas at build time) instead of
 *     {@code DrlProject}, whose MVEL constraints are interpreted until Drools JIT-compiles them;</li>
 * <li>{@link Step#EXEC}: both.</li>
 * </ul>
 */
public final class PrototypeRuleSet {

    public enum Step { SESSION, EXEC_POOL, EXEC }

    private final Step step;
    private final CompiledRuleSet ruleSet;
    private final DecisionSessions pool;
    private final ThreadLocal<Session> session;

    public PrototypeRuleSet(Path kmodule, RuleSetSource source, Step step) {
        this.step = step;
        this.ruleSet = new RuleSetCompiler(kmodule).compile(source);
        KieBase kieBase = step == Step.SESSION ? kieBaseOf(ruleSet) : build(kmodule, source, true);
        this.pool = new DecisionSessions(kieBase);
        this.session = ThreadLocal.withInitial(() -> new Session(kieBase));
    }

    public String version() {
        return ruleSet.version();
    }

    /** CompiledRuleSet.evaluate, line for line, but for where the session comes from. */
    public RuleEvaluation evaluate(OperationRequest request, Map<String, String> tenantSettings) {
        Thresholds thresholds = ruleSet.thresholdsFor(tenantSettings);
        Verdict verdict = new Verdict();
        Operation operation = new Operation(request, thresholds, ruleSet.permits(request.actor().getRole(), request.type()), verdict);
        List<String> fired = step == Step.EXEC_POOL ? pool.fire(operation, verdict) : session.get().fire(operation, verdict);
        return new RuleEvaluation(verdict, fired, ruleSet.version(), thresholds.asMap());
    }

    /** The DRL files of {@code source} in a KIE base as RuleSetCompiler builds one, with DrlProject or the executable model. */
    static KieBase build(Path kmodule, RuleSetSource source, boolean executableModel) {
        try {
            KieServices kie = KieServices.Factory.get();
            ReleaseId id = kie.newReleaseId("io.commerceresolver.bench", "prototype", "1.0.0-" + System.nanoTime());
            KieFileSystem kfs = kie.newKieFileSystem().generateAndWritePomXML(id).writeKModuleXML(Files.readString(kmodule));
            source.ruleFiles().forEach((name, text) -> {
                if (name.endsWith(RuleSetSource.DRL)) {
                    kfs.write("src/main/resources/rules/" + name, text);
                }
            });
            KieBuilder builder = kie.newKieBuilder(kfs);
            if (executableModel) {
                builder.buildAll(ExecutableModelProject.class);
            } else {
                builder.buildAll(DrlProject.class);
            }
            if (builder.getResults().hasMessages(Message.Level.ERROR)) {
                throw new IllegalStateException(builder.getResults().toString());
            }
            KieBase kieBase = kie.newKieContainer(id).getKieBase(RuleSetCompiler.KIE_BASE);
            kie.getRepository().removeKieModule(id);
            if (kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum() == 0) {
                // the executable model applies kmodule.xml's packages="rules" to the rules' package names
                throw new IllegalStateException("the KIE base has no rules: do the DRL files declare 'package rules;'?");
            }
            return kieBase;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static KieBase kieBaseOf(CompiledRuleSet ruleSet) {
        try {
            Field sessions = CompiledRuleSet.class.getDeclaredField("sessions");
            sessions.setAccessible(true);
            Field kieBase = DecisionSessions.class.getDeclaredField("kieBase");
            kieBase.setAccessible(true);
            return (KieBase) kieBase.get(sessions.get(ruleSet));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One long-lived session per thread, replaced after DecisionSessions.RECYCLE_AFTER decisions (as PooledSession.fire). */
    private static final class Session implements RuleEventListener {

        private final KieBase kieBase;
        private final List<String> fired = new ArrayList<>();
        private KieSession session;
        private int uses;

        Session(KieBase kieBase) {
            this.kieBase = kieBase;
        }

        @Override
        public void onAfterMatchFire(Match match) {
            fired.add(match.getRule().getName());
        }

        List<String> fire(Object operation, Object verdict) {
            if (session == null || uses >= DecisionSessions.RECYCLE_AFTER) {
                if (session != null) {
                    session.dispose();
                }
                session = kieBase.newKieSession();
                ((RuleEventManager) session).addEventListener(this);
                uses = 0;
            }
            uses++;
            fired.clear();
            boolean healthy = false;
            try {
                FactHandle o = session.insert(operation);
                FactHandle v = session.insert(verdict);
                int firings = session.fireAllRules(DecisionSessions.MAX_FIRINGS);
                if (firings >= DecisionSessions.MAX_FIRINGS) {
                    throw new IllegalStateException("the rule set fired " + firings + " rules for one decision");
                }
                session.delete(o);
                session.delete(v);
                if (session.getFactCount() > 0) {
                    for (FactHandle handle : new ArrayList<FactHandle>(session.getFactHandles())) {
                        session.delete(handle);
                    }
                }
                healthy = true;
                return List.copyOf(fired);
            } finally {
                if (!healthy) {
                    session.dispose();
                    session = null;
                }
            }
        }
    }
}
