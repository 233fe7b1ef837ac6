package io.commerceresolver.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The service with its channels quickened for tests: the outbox sender ticks every 300 ms and retries after a second,
 * and the file drop watches target/file-drop-it. One context for every channel test (mail, outbound mail, file drop).
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
@Import(TestStores.class)
public @interface ChannelIntakeTest {
}
