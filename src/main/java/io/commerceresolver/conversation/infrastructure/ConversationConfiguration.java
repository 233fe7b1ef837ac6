package io.commerceresolver.conversation.infrastructure;

import java.math.BigDecimal;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.commerceresolver.conversation.SessionHistory;
import io.commerceresolver.system.Transactions;
import io.commerceresolver.system.persistence.DuplicateSafeInsert;

@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    @Bean
    SessionHistory sessionHistory(SessionHistoryMapper mapper, DataSource dataSource, Transactions transactions,
                                  @Value("${resolver.session-history.report-minimum-sessions}") int minimumSessions,
                                  @Value("${resolver.session-history.stress-band-width}") BigDecimal stressBandWidth) {
        return new SessionHistory(new SessionStoreDatabase(mapper, new DuplicateSafeInsert(dataSource)), transactions, minimumSessions,
                stressBandWidth);
    }
}
