package io.commerceresolver.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import io.commerceresolver.mail.GmailStub;

/**
 * The service with its channels quickened for tests: the outbox sender ticks every 300 ms and retries after a second,
 * the file drop watches target/file-drop-it, and Gmail is the WireMock stub of {@link GmailStub}. One context for every
 * channel test (mail, Gmail, outbound mail, file drop).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "resolver.mail.outbox.poll-interval=300",
        "resolver.mail.outbox.backoff=PT1S",
        "resolver.mail.outbox.max-backoff=PT2S",
        "resolver.intake.files.enabled=true",
        "resolver.intake.files.root=target/file-drop-it",
        "resolver.intake.files.poll-interval=300"})
@ContextConfiguration(initializers = GmailStub.class)
@Import(TestStores.class)
public @interface ChannelIntakeTest {
}
