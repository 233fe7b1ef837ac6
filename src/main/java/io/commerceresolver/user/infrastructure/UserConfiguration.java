package io.commerceresolver.user.infrastructure;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import io.commerceresolver.security.Role;
import io.commerceresolver.user.AppUser;
import io.commerceresolver.user.PasswordHasher;
import io.commerceresolver.user.UserDirectory;
import io.commerceresolver.user.Users;

@Configuration(proxyBeanMethods = false)
class UserConfiguration {

    /** bcrypt today; hashes say which encoder made them ({bcrypt}...), so a stronger one can take over later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDirectory userDirectory(UserMapper mapper, PasswordEncoder encoder, Clock clock) {
        PasswordHasher hasher = new PasswordHasher() {
            @Override
            public String hash(String password) {
                return encoder.encode(password);
            }

            @Override
            public boolean matches(String password, String hash) {
                return encoder.matches(password, hash);
            }
        };
        return new UserDirectory(new UsersDatabase(mapper), hasher, clock);
    }

    private record UsersDatabase(UserMapper mapper) implements Users {

        @Override
        public Optional<AppUser> find(String tenantId, String username) {
            return mapper.find(tenantId, username).map(UsersDatabase::user);
        }

        @Override
        public List<AppUser> all(String tenantId) {
            return mapper.all(tenantId).stream().map(UsersDatabase::user).toList();
        }

        @Override
        public void add(AppUser user) {
            mapper.insert(new UserMapper.UserRow(user.id(), user.tenantId(), user.username(), user.passwordHash(),
                    Role.joined(user.roles()), user.createdBy(), user.createdAt(), user.disabledAt(),
                    user.languages().isEmpty() ? null : String.join(",", user.languages())));
        }

        @Override
        public boolean disable(String tenantId, String username, Instant at) {
            return mapper.disable(tenantId, username, at) == 1;
        }

        private static AppUser user(UserMapper.UserRow row) {
            return new AppUser(row.id(), row.tenantId(), row.username(), row.passwordHash(), Role.parseJoined(row.roles()),
                    row.createdBy(), row.createdAt(), row.disabledAt(),
                    row.languages() == null || row.languages().isBlank() ? List.of() : List.of(row.languages().split(",")));
        }
    }
}
