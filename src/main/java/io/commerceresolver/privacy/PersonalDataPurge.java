package io.commerceresolver.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;

import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.tenant.TenantDirectory;

/**
 * Purges personal data: a tenant's records older than its {@code retentionDays} setting, or one customer's records
 * on request. Texts become "[purged]", e-mails and personal fields become hashes; decisions, amounts, statuses and
 * events' structure stay, so the record of what was decided and done survives. Small batches, each its own short
 * transaction; running it twice changes nothing more.
 */
public class PersonalDataPurge {

    public static final String RETENTION_SETTING = "retentionDays";
    /** The rules read 30 days of refund history per customer; nothing younger may be purged by age. */
    public static final int MIN_RETENTION_DAYS = 31;
    public static final int MAX_RETENTION_DAYS = 3650;
    private static final int BATCH = 200;
    private static final TypeReference<Object> TREE = new TypeReference<>() {
    };

    private final PersonalRecords records;
    private final TenantDirectory tenants;
    private final Transactions transactions;
    private final StoredJson json;
    private final Clock clock;

    public PersonalDataPurge(PersonalRecords records, TenantDirectory tenants, Transactions transactions, StoredJson json, Clock clock) {
        this.records = records;
        this.tenants = tenants;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    public Optional<Integer> retentionDays(String tenantId) {
        return tenants.find(tenantId).map(t -> t.settings().get(RETENTION_SETTING)).map(Integer::valueOf);
    }

    public void setRetentionDays(String tenantId, Integer days) {
        if (days != null && (days < MIN_RETENTION_DAYS || days > MAX_RETENTION_DAYS)) {
            throw new BadRequest("retentionDays", "retentionDays must be between " + MIN_RETENTION_DAYS + " and " + MAX_RETENTION_DAYS
                    + " (the rules read 30 days of refund history), or null to keep everything");
        }
        Map<String, String> settings = new LinkedHashMap<>(tenants.find(tenantId).orElseThrow().settings());
        if (days == null) {
            settings.remove(RETENTION_SETTING);
        } else {
            settings.put(RETENTION_SETTING, Integer.toString(days));
        }
        tenants.updateSettings(tenantId, settings);
    }

    /** Every tenant with a retention setting, its records past it. @return records purged */
    public int purgeExpired() {
        int purged = 0;
        for (String tenantId : tenants.allTenantIds()) {
            purged += TenantScope.of(tenantId, () -> retentionDays(tenantId)
                    .map(days -> purge(tenantId, clock.instant().minus(Duration.ofDays(days)), null)).orElse(0));
        }
        return purged;
    }

    /** One customer's records, whatever their age (a request to erase their data). @return records purged */
    public int forgetCustomer(String tenantId, String email) {
        if (email == null || email.isBlank() || email.length() > 320) {
            throw new BadRequest("email", "Give the customer's e-mail address");
        }
        return purge(tenantId, null, email.strip());
    }

    private int purge(String tenantId, Instant cutoff, String email) {
        int purged = 0;
        while (true) {
            List<PersonalRecords.Held> batch = records.unpurged(tenantId, cutoff, email, BATCH);
            if (batch.isEmpty()) {
                return purged;
            }
            transactions.inTransaction(() -> batch.forEach(held ->
                    records.rewrite(tenantId, held, Scrubber.hash(held.email()), scrubbed(held))));
            purged += batch.size();
        }
    }

    /**
     * Plain text (a ticket's, a mail's) is replaced; a JSON object keeps its shape with the personal fields hashed
     * and a {@code "_purged": true} mark, and any other JSON becomes just the mark, so it still reads as JSON.
     */
    private String scrubbed(PersonalRecords.Held held) {
        String text = held.text();
        if (!held.json()) {
            return Scrubber.PURGED;
        }
        Object tree = text == null || !text.startsWith("{") ? null : Scrubber.scrub(json.read(text, TREE));
        return json.write(tree instanceof Map<?, ?> map ? withMark(map) : Map.of("_purged", true));
    }

    private static Map<String, Object> withMark(Map<?, ?> map) {
        Map<String, Object> marked = new LinkedHashMap<>();
        map.forEach((key, value) -> marked.put(String.valueOf(key), value));
        marked.put("_purged", true);
        return marked;
    }
}
