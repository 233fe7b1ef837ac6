package io.commerceresolver.audit.infrastructure;

import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.commerceresolver.audit.AuditEntries;
import io.commerceresolver.audit.AuditEntry;
import io.commerceresolver.audit.AuditLog;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.system.Transactions;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    AuditEntries auditEntries(AuditMapper mapper) {
        return new AuditEntries() {
            @Override
            public void append(AuditEntry entry) {
                mapper.insert(entry);
            }

            @Override
            public List<AuditEntry> newest(String tenantId, Long beforeId, int limit) {
                return mapper.newest(tenantId, beforeId, limit);
            }
        };
    }

    @Bean
    AuditLog auditLog(AuditEntries entries, StoredJson json, Transactions transactions, Clock clock) {
        return new AuditLog(entries, json, transactions, clock);
    }
}
