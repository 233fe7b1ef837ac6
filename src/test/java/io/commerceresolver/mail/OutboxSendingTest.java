package io.commerceresolver.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class OutboxSendingTest {

    @Test
    void eachPauseIsTwiceTheLastUpToTheLongest() {
        OutboxSending sending = new OutboxSending(null, null, null, null, null, null, null, null, null, null, null,
                new OutboxSending.Settings(20, Duration.ofMinutes(5), 8, Duration.ofSeconds(30), Duration.ofMinutes(5)), "test");

        assertThat(sending.pause(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(sending.pause(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(sending.pause(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(sending.pause(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(sending.pause(40)).isEqualTo(Duration.ofMinutes(5));
    }
}
