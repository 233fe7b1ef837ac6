package io.commerceresolver.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * For the SQL slice tests (@MybatisTest): they connect as the tables' owner, as the migrations do, so PostgreSQL's
 * row-level security does not apply to them. They test the statements and the tenant filters the statements carry
 * themselves; the policies behind those filters are tested through the service's own role by
 * system.persistence.RowLevelSecurityIT. On H2 the owner is the one user there is.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@TestPropertySource(properties = {"spring.datasource.username=${spring.flyway.user:sa}",
        "spring.datasource.password=${spring.flyway.password:}"})
public @interface AsSchemaOwner {
}
