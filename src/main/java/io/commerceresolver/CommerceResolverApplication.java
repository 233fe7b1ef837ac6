package io.commerceresolver;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;

/**
 * Commerce Resolver: tickets in, rule-decided playbooks out.
 * <p>
 * Kogito's beans have no Spring Boot auto-configuration, so their packages are scanned here, and only those: the
 * generated processes ({@code org.kie.kogito.app}, {@code org.drools.project.model}), the engine's producers
 * ({@code org.kie.kogito.process}), its identity provider ({@code org.kie.kogito.spring.auth}) and the jBPM user-task
 * JPA storage ({@code org.jbpm.usertask.jpa.springboot}) and Kogito's process meters
 * ({@code org.kie.kogito.monitoring.core.springboot}). Scanning all of {@code org.kie.kogito} and
 * {@code org.jbpm} read every class of some 60 jars at each start. Kogito's own JDBC persistence factory is left out:
 * the playbook feature declares the one that shares the transaction's connection. JPA exists only for the user-task
 * storage: the application's own tables are MyBatis'.
 */
@SpringBootApplication(scanBasePackages = {"io.commerceresolver", "org.kie.kogito.app", "org.drools.project.model",
        "org.kie.kogito.process", "org.kie.kogito.spring.auth", "org.jbpm.usertask.jpa.springboot",
        "org.kie.kogito.monitoring.core.springboot"})
@EntityScan(basePackages = "org.jbpm.usertask.jpa.model")
public class CommerceResolverApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommerceResolverApplication.class, args);
    }
}
