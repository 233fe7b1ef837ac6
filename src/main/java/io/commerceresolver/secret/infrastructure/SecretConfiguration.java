package io.commerceresolver.secret.infrastructure;

import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.commerceresolver.secret.Secrets;
import io.commerceresolver.secret.StoredSecret;
import io.commerceresolver.secret.StoredSecrets;
import io.commerceresolver.system.Transactions;

@Configuration(proxyBeanMethods = false)
class SecretConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecretConfiguration.class);

    @Bean
    TinkCipher secretCipher(@Value("${resolver.secrets.keyset:}") String keyset, @Value("${resolver.secrets.keyset-file:}") String keysetFile) {
        return new TinkCipher(keyset, keysetFile);
    }

    @Bean
    Secrets secrets(SecretMapper mapper, TinkCipher cipher, Transactions transactions, Clock clock) {
        return new Secrets(new SecretsDatabase(mapper), cipher, transactions, clock);
    }

    /**
     * The rotation command: started with {@code --resolver.secrets.rotate=true} the service adds a new primary key to
     * its keyset file, encrypts every stored secret again with it, and exits (scripts/rotate-secrets-key.sh). With
     * {@code --resolver.secrets.reencrypt=true} it only encrypts again, after a keyset rotated elsewhere (Tinkey, a KMS).
     */
    @Bean
    ApplicationRunner secretsKeyRotation(TinkCipher cipher, Secrets secrets, ApplicationContext context,
                                         @Value("${resolver.secrets.rotate:false}") boolean rotate,
                                         @Value("${resolver.secrets.reencrypt:false}") boolean reencrypt) {
        return (ApplicationArguments args) -> {
            if (!rotate && !reencrypt) {
                return;
            }
            int code = 0;
            try {
                if (rotate) {
                    cipher.rotate();
                }
                log.info("Secrets: {} encrypted again with the primary key", secrets.reencryptAll("key-rotation"));
            } catch (RuntimeException failed) {
                log.error("Secrets key rotation failed: {}", failed.getMessage());
                code = 1;
            }
            int exit = code;
            System.exit(SpringApplication.exit(context, () -> exit));
        };
    }

    private record SecretsDatabase(SecretMapper mapper) implements StoredSecrets {

        @Override
        public void put(StoredSecret secret) {
            SecretMapper.SecretRow row = new SecretMapper.SecretRow(secret.tenantId(), secret.name(),
                    Base64.getEncoder().encodeToString(secret.ciphertext()), secret.updatedBy(), secret.updatedAt());
            if (mapper.update(row) == 0) {
                mapper.insert(row);
            }
        }

        @Override
        public Optional<StoredSecret> find(String tenantId, String name) {
            return mapper.find(tenantId, name).map(SecretsDatabase::secret);
        }

        @Override
        public List<StoredSecret> of(String tenantId) {
            return mapper.of(tenantId).stream().map(SecretsDatabase::secret).toList();
        }

        @Override
        public List<StoredSecret> all() {
            return mapper.all().stream().map(SecretsDatabase::secret).toList();
        }

        @Override
        public boolean delete(String tenantId, String name) {
            return mapper.delete(tenantId, name) == 1;
        }

        private static StoredSecret secret(SecretMapper.SecretRow row) {
            return new StoredSecret(row.tenantId(), row.name(), Base64.getDecoder().decode(row.ciphertext()), row.updatedBy(), row.updatedAt());
        }
    }
}
