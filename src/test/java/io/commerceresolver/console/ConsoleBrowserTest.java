package io.commerceresolver.console;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import io.commerceresolver.support.TestStores;

/**
 * A browser test of the console: the whole service on a random port, one browser per test class (open it in a
 * {@code @BeforeAll} with {@link Browser#open}). Every console browser test carries exactly this annotation and no other
 * context configuration, so they all share one Spring context. Tagged {@code browser}: scripts/test-postgres.sh leaves
 * them out, since the pages read through the same services its other tests already run on PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// every browser signs in from 127.0.0.1: the per-address sign-in limit is raised for the whole class of tests
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "resolver.limits.sign-ins-per-minute=600")
@Import({TestStores.class, ConsolePeople.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("browser")
public @interface ConsoleBrowserTest {
}
