package io.commerceresolver.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.regex.Pattern;

import org.apache.ibatis.annotations.Mapper;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTag;
import com.tngtech.archunit.lang.ArchRule;

import io.commerceresolver.CommerceResolverApplication;
import io.commerceresolver.system.SystemConfiguration;

/**
 * The architecture as a test. Domain code (models and application services) names no framework type, so rules,
 * playbooks and policy can be read, tested and moved without Spring, KIE, Camel or MyBatis; adapters live in
 * {@code infrastructure}, HTTP in {@code web}, BPMN task handlers in {@code process}.
 */
@AnalyzeClasses(packages = "io.commerceresolver", importOptions = {DoNotIncludeTests.class, ArchitectureTest.NotGeneratedBySpringAot.class})
@ArchTag("database-free") // no database: scripts/test-postgres.sh leaves it out, the H2 suite runs it
class ArchitectureTest {

    /**
     * Leaves out what Spring's AOT step writes into target/classes at package time: the bean definitions
     * ({@code Foo__BeanDefinitions}, {@code Application__ApplicationContextInitializer}, ...) and the CGLIB proxies of
     * configuration classes and proxied beans ({@code Foo$$SpringCGLIB$$0}). They are Spring's code about ours, and
     * name Spring types by design.
     */
    static final class NotGeneratedBySpringAot implements ImportOption {
        private static final Pattern GENERATED = Pattern.compile(".*(__[A-Za-z]+(\\$\\w+)*|\\$\\$SpringCGLIB\\$\\$\\d+)\\.class$");

        @Override
        public boolean includes(Location location) {
            return !location.matches(GENERATED);
        }
    }

    static final String[] FRAMEWORKS = {
            "org.springframework..", "org.kie..", "org.drools..", "org.jbpm..", "org.apache.camel..",
            "org.apache.ibatis..", "org.mybatis..", "jakarta.servlet..", "jakarta.persistence.."};

    /** Where framework types belong: adapters, HTTP, BPMN task handlers, and the code Kogito generates. */
    static final String[] ADAPTERS = {
            "..infrastructure..", "..web..", "..process..", "io.commerceresolver.playbook.bpmn.."};

    @ArchTest
    static final ArchRule domainCodeDependsOnNoFramework = noClasses()
            .that().resideInAPackage("io.commerceresolver..")
            .and().resideOutsideOfPackages(ADAPTERS)
            // cross-cutting wiring; its framework-free part is held to the same rule below
            .and().resideOutsideOfPackage("io.commerceresolver.system..")
            .and().doNotBelongToAnyOf(CommerceResolverApplication.class)
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .as("domain code depends on no framework (Spring, KIE/Drools/jBPM, Camel, MyBatis, Servlet, JPA)")
            .because("adapters belong in an infrastructure, web or process package beside their feature");

    /** Domain code may use system's error vocabulary, Ids and Transactions only because these stay plain Java. */
    @ArchTest
    static final ArchRule theSystemVocabularyDomainCodeUsesIsPlainJava = noClasses()
            .that().resideInAPackage("io.commerceresolver.system")
            .and().doNotBelongToAnyOf(SystemConfiguration.class)
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .as("io.commerceresolver.system, apart from SystemConfiguration, depends on no framework");

    /** The policy decides about operations; it knows nothing of who runs them, how stores are called, or how text is read. */
    @ArchTest
    static final ArchRule policyDomainStandsAlone = noClasses()
            .that().resideInAPackage("io.commerceresolver.policy")
            .should().dependOnClassesThat().resideInAnyPackage("io.commerceresolver.playbook..", "io.commerceresolver.connector..",
                    "io.commerceresolver.intent..", "io.commerceresolver.work..")
            .as("the policy's domain depends on no playbook, connector, intent or work code");

    /** The reader only reads: what a ticket asks is its business, what may happen is not. */
    @ArchTest
    static final ArchRule theReaderKnowsNoPolicy = noClasses()
            .that().resideInAPackage("io.commerceresolver.intent..")
            .should().dependOnClassesThat().resideInAPackage("io.commerceresolver.policy..")
            .as("intent depends on nothing of policy");

    /** HTTP talks to application services; how the rules are compiled and evaluated stays behind them. */
    @ArchTest
    static final ArchRule controllersUseNoRuleEngineAdapter = noClasses()
            .that().resideInAPackage("..web..")
            .should().dependOnClassesThat().resideInAnyPackage("io.commerceresolver.policy.infrastructure..", "org.kie..",
                    "org.drools..")
            .as("controllers depend on no Drools adapter");

    /** The work queue is a mechanism: it carries out jobs of features and names none of them. */
    @ArchTest
    static final ArchRule theWorkQueueNamesNoFeature = noClasses()
            .that().resideInAPackage("io.commerceresolver.work..")
            .should().dependOnClassesThat().resideInAnyPackage("io.commerceresolver.ticket..", "io.commerceresolver.playbook..",
                    "io.commerceresolver.policy..", "io.commerceresolver.connector..", "io.commerceresolver.approval..")
            .as("work depends on no feature");

    @ArchTest
    static final ArchRule mappersAreAnnotatedInterfacesInInfrastructure = classes()
            .that().haveSimpleNameEndingWith("Mapper")
            .should().resideInAPackage("..infrastructure..")
            .andShould().beInterfaces()
            .andShould().beAnnotatedWith(Mapper.class)
            .as("MyBatis mappers are @Mapper interfaces in an infrastructure package")
            .because("SQL is an adapter concern, and each mapper's XML sits at the mirrored resource path");

    /**
     * Features' domain code depends one way (ticket → playbook → approval, policy, connector, tenant). Adapters are
     * left out on purpose: they wire features together (the demo tenant seeds the sandbox store, every controller
     * reads the caller from security), and that wiring does form cycles between whole feature packages.
     */
    @ArchTest
    static final ArchRule featureDomainCodeIsFreeOfCycles = slices()
            .matching("io.commerceresolver.(*)..")
            .should().beFreeOfCycles()
            .ignoreDependency(resideInAnyPackage(ADAPTERS), alwaysTrue())
            .as("the domain code of feature packages is free of dependency cycles");

    /** Adapters included: a feature's web or infrastructure side must not reach back into a feature that uses it. */
    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices()
            .matching("io.commerceresolver.(*)..")
            .should().beFreeOfCycles()
            .ignoreDependency(resideInAnyPackage("io.commerceresolver.playbook.bpmn..", "org.kie.kogito.."), alwaysTrue())
            .as("feature packages, adapters included, are free of dependency cycles");
}
