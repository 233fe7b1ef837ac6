package io.commerceresolver.connector.infrastructure;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase.Replace;
import org.springframework.context.annotation.Import;

import io.commerceresolver.notify.infrastructure.MailOutboxDatabase;
import io.commerceresolver.support.AsSchemaOwner;

/**
 * The sandbox store over the real migrations, on the test profile's database (H2, or PostgreSQL with the profile
 * "postgres"). The test brings the {@link java.time.Clock}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MybatisTest
@AsSchemaOwner
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import({SandboxConnector.class, SandboxSeeder.class, MailOutboxDatabase.class})
@interface SandboxStoreTest {
}
