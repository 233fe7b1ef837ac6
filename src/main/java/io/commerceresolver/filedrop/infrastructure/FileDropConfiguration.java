package io.commerceresolver.filedrop.infrastructure;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.commerceresolver.filedrop.FileDrop;
import io.commerceresolver.mail.MailIntake;
import io.commerceresolver.tenant.TenantDirectory;
import io.commerceresolver.ticket.TicketIntake;

@Configuration(proxyBeanMethods = false)
class FileDropConfiguration {

    @Bean
    FileDrop fileDrop(TicketIntake tickets, MailIntake mail, TenantDirectory tenants) {
        return new FileDrop(tickets, mail, tenants);
    }

    /** camel-routes/intake/files.yaml calls it by this name. */
    @Bean("fileDropIntake")
    FileDropEndpoint fileDropIntake(FileDrop drop, ObjectMapper json, @Value("${resolver.mail.max-bytes}") long maxBytes) {
        return new FileDropEndpoint(drop, json, maxBytes);
    }
}
