package io.commerceresolver.intent.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.commerceresolver.intent.InjectionGuard;
import io.commerceresolver.intent.KeywordIntentExtractor;
import io.commerceresolver.intent.KnownOrders;
import io.commerceresolver.intent.LanguageModel;
import io.commerceresolver.intent.PiiMasker;
import io.commerceresolver.intent.ReadingUsage;
import io.commerceresolver.intent.TicketLanguage;
import io.commerceresolver.intent.TicketReader;
import io.commerceresolver.tenant.TenantDirectory;

/**
 * The ticket reader: the keyword reader alone by default; with {@code resolver.intent.openai.api-key} set (from
 * {@code OPENAI_API_KEY}), an OpenAI model reads first and the keyword reader stands in whenever it cannot.
 */
@Configuration(proxyBeanMethods = false)
class IntentConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IntentConfiguration.class);

    /**
     * Only with a key; as a bean, its HTTP client is closed when the service stops. Without a key the bean is null
     * (Spring's "null bean", which {@link ObjectProvider#getIfAvailable()} reads as absent) rather than missing by a
     * condition: the packaged jar's bean definitions are fixed at build time (Spring AOT), and a condition would be
     * fixed with them, so a key set at run time would be ignored.
     */
    @Bean
    OpenAiLanguageModel openAiLanguageModel(@Value("${resolver.intent.openai.api-key:}") String apiKey,
                                            @Value("${resolver.intent.openai.base-url:}") String baseUrl,
                                            @Value("${resolver.intent.openai.model:gpt-4o-mini}") String model,
                                            @Value("${resolver.intent.openai.timeout:PT8S}") Duration timeout,
                                            @Value("${resolver.intent.openai.max-retries:1}") int maxRetries,
                                            @Value("${resolver.intent.openai.max-input-chars:6000}") int maxInputChars) {
        if (apiKey.isBlank()) {
            return null;
        }
        OpenAiSettings settings = new OpenAiSettings(apiKey, baseUrl, model, timeout, maxRetries, maxInputChars);
        log.info("Tickets are read by openai:{} (keyword reader as fallback), {}", model, settings);
        return new OpenAiLanguageModel(settings);
    }

    @Bean
    TicketReader ticketReader(ObjectProvider<OpenAiLanguageModel> openAi,
                              @Value("${resolver.intent.openai.monthly-cap:2000}") long defaultMonthlyCap,
                              ReadingUsage usage, KnownOrders orders, TenantDirectory tenants, Clock clock) {
        LanguageModel languageModel = openAi.getIfAvailable();
        if (languageModel == null) {
            log.info("Tickets are read by the keyword reader (set OPENAI_API_KEY to read them with an OpenAI model)");
        }
        TicketReader.TenantCaps caps = tenantId -> tenants.find(tenantId)
                .map(tenant -> tenant.settings().get(TicketReader.MONTHLY_CAP_SETTING))
                .flatMap(IntentConfiguration::wholeNumber)
                .orElse(defaultMonthlyCap);
        return new TicketReader(new KeywordIntentExtractor(), languageModel, new PiiMasker(), new InjectionGuard(), usage, orders,
                caps, clock);
    }

    @Bean
    TicketLanguage ticketLanguage() {
        return new TicketLanguage(new OptimaizeLanguageDetector());
    }

    private static Optional<Long> wholeNumber(String setting) {
        try {
            return setting == null ? Optional.empty() : Optional.of(Long.parseLong(setting.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
