package io.commerceresolver.security.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI description at {@code /v3/api-docs} says, for every operation, which roles it accepts (read from the
 * operation's own {@code @PreAuthorize}, so the two cannot drift) and how to authenticate: an {@code X-Api-Key} or
 * a bearer token.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiRoles {

    static final String EXTENSION = "x-roles";
    private static final Pattern ROLE = Pattern.compile("'([a-z_]+)'");

    @Bean
    OperationCustomizer rolesOfEachOperation() {
        return (operation, handler) -> {
            PreAuthorize guard = handler.getMethodAnnotation(PreAuthorize.class);
            if (guard == null || guard.value().contains("permitAll")) {
                operation.setSecurity(List.of());
                return operation;
            }
            List<String> roles = new ArrayList<>();
            Matcher names = ROLE.matcher(guard.value());
            while (names.find()) {
                roles.add(names.group(1));
            }
            operation.addExtension(EXTENSION, roles);
            String said = operation.getDescription() == null ? "" : operation.getDescription() + "\n\n";
            operation.setDescription(said + "Roles: " + String.join(", ", roles) + ".");
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer credentials() {
        return api -> {
            api.info(new Info().title("Commerce Resolver API").version("v1")
                    .description("Rules-first decisions for e-commerce operations. Every operation names the roles it accepts (x-roles)."));
            api.components((api.getComponents() == null ? new Components() : api.getComponents())
                    .addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER)
                            .name(ApiKeyAuthentication.HEADER))
                    .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
            api.addSecurityItem(new SecurityRequirement().addList("apiKey"));
            api.addSecurityItem(new SecurityRequirement().addList("bearer"));
        };
    }
}
