package io.commerceresolver.playbook.infrastructure;

import java.util.List;

import javax.sql.DataSource;

import org.kie.kogito.persistence.springboot.JDBCProcessInstancesFactory;
import org.kie.kogito.process.ProcessInstancesFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Kogito's JDBC persistence asks its DataSource for a fresh connection for every statement, outside any transaction.
 * Behind this proxy it gets the connection of the surrounding transaction instead: a step's process state, its
 * user task (JPA) and the application's own rows commit or roll back together, on one connection per unit of work.
 * The generated processes take the ProcessInstancesFactory by type; Kogito's own factory is not scanned (see
 * CommerceResolverApplication), so this is the only one.
 */
@Configuration(proxyBeanMethods = false)
class ProcessPersistenceConfiguration {

    @Bean
    ProcessInstancesFactory sharedConnectionProcessInstances(DataSource dataSource,
                                                             @Value("${kogito.persistence.optimistic.lock:true}") boolean lock) {
        return new JDBCProcessInstancesFactory(new TransactionAwareDataSourceProxy(dataSource), lock, false, List.of());
    }
}
