package io.commerceresolver;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;

/**
 * Commerce Resolver: tickets in, rule-decided playbooks out.
 * <p>
 * Kogito's generated process beans live in {@code org.kie.kogito.app} and the jBPM user-task JPA storage in
 * {@code org.jbpm.usertask.jpa}; neither has a Spring Boot auto-configuration, so both are scanned here.
 * JPA exists only for that storage: the application's own tables are MyBatis'.
 */
@SpringBootApplication(scanBasePackages = {"io.commerceresolver", "org.kie.kogito.**", "org.jbpm.**"})
@EntityScan(basePackages = "org.jbpm.usertask.jpa.model")
public class CommerceResolverApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommerceResolverApplication.class, args);
    }
}
