package io.commerceresolver.marketplace.infrastructure;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Forgets the delivery keys of the webhook routes' idempotent consumer once no vendor will send them again: Shopify
 * retries for 4 hours, WooCommerce a few times, Stripe for up to 3 days; a week is kept. A delivery older than that is
 * still stored once, by the unique delivery id of marketplace_event; the keys are only the fast way to say so.
 */
class DeliveryKeyExpiry {

    private static final Logger log = LoggerFactory.getLogger(DeliveryKeyExpiry.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration keep;

    DeliveryKeyExpiry(JdbcTemplate jdbc, Clock clock, Duration keep) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keep = keep;
    }

    @Scheduled(initialDelayString = "${resolver.marketplace.key-expiry.first-run:PT10M}",
            fixedDelayString = "${resolver.marketplace.key-expiry.interval:PT1H}")
    void expire() {
        int forgotten = jdbc.update("DELETE FROM CAMEL_MESSAGEPROCESSED WHERE processorName = ? AND createdAt < ?",
                MarketplaceConfiguration.DELIVERY_KEYS, Timestamp.from(clock.instant().minus(keep)));
        if (forgotten > 0) {
            log.info("Forgot {} webhook delivery keys older than {}", forgotten, keep);
        }
    }
}
