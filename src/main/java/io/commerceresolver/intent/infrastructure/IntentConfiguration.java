package io.commerceresolver.intent.infrastructure;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.commerceresolver.intent.IntentExtractor;
import io.commerceresolver.intent.KeywordIntentExtractor;

@Configuration(proxyBeanMethods = false)
class IntentConfiguration {

    /** The keyword reader is the default; the OpenAI reader is added by configuration in the intent issue. */
    @Bean
    IntentExtractor intentExtractor() {
        return new KeywordIntentExtractor();
    }
}
