package io.commerceresolver.changeset.infrastructure;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.commerceresolver.changeset.ChangesetBuilder;
import io.commerceresolver.changeset.Changesets;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.ConnectorCalls;
import io.commerceresolver.policy.PolicyService;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.tenant.TenantDirectory;

@Configuration(proxyBeanMethods = false)
class ChangesetConfiguration {

    @Bean
    Changesets changesets(ChangesetMapper mapper, StoredJson json, Transactions transactions) {
        return new ChangesetsDatabase(mapper, json, transactions);
    }

    @Bean
    ChangesetBuilder changesetBuilder(CommerceConnector store, ConnectorCalls calls, PolicyService policy, TenantDirectory tenants,
                                      Changesets changesets, Clock clock) {
        return new ChangesetBuilder(store, calls, policy, tenants, changesets, clock);
    }
}
