package io.commerceresolver.ticket;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.commerceresolver.secret.Secrets;
import io.commerceresolver.security.WebhookSignatures;
import io.commerceresolver.system.BadRequest;
import io.commerceresolver.system.StrictUtf8;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.system.Unauthenticated;

/**
 * Tickets a helpdesk hands over by webhook: Zendesk (a trigger or automation webhook, signed) and Gorgias (an HTTP
 * integration, with its shared token). Each helpdesk ticket becomes one resolver ticket, whatever number of times
 * the helpdesk sends it: its id is the ticket's external id under the helpdesk's source.
 * <p>
 * The body is the one the README gives the helpdesk's owner to paste, made of the helpdesk's own placeholders
 * ({@code {{ticket.requester.email}}} in Zendesk, {@code {{ticket.customer.email}}} in Gorgias): the helpdesks'
 * built-in event payloads name the customer by an id only, and the resolver does not read helpdesks' APIs.
 */
public class HelpdeskTickets {

    private static final Logger log = LoggerFactory.getLogger(HelpdeskTickets.class);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public enum Helpdesk {
        ZENDESK("zendesk.webhook-secret"), GORGIAS("gorgias.webhook-token");

        private final String secretName;

        Helpdesk(String secretName) {
            this.secretName = secretName;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The tenant's secret (PUT /api/v1/admin/secrets/{name}) its deliveries are checked with. */
        public String secretName() {
            return secretName;
        }
    }

    /** How the helpdesk's request proves itself: Zendesk's signature and its timestamp, or Gorgias's token. */
    public record Proof(String signature, String timestamp, String token) {
    }

    record Person(String email, String name) {
    }

    record ZendeskTicket(String id, String subject, String description, Person requester) {
    }

    record ZendeskBody(ZendeskTicket ticket) {
    }

    record GorgiasMessage(String bodyText) {
    }

    record GorgiasTicket(String id, String subject, Person customer, GorgiasMessage message) {
    }

    record GorgiasBody(GorgiasTicket ticket) {
    }

    private final Secrets secrets;
    private final TicketIntake intake;
    private final Clock clock;

    public HelpdeskTickets(Secrets secrets, TicketIntake intake, Clock clock) {
        this.secrets = secrets;
        this.intake = intake;
        this.clock = clock;
    }

    /**
     * @throws Unauthenticated for a delivery that does not prove it came from the tenant's helpdesk
     * @throws BadRequest      for a proven delivery whose body is not a ticket
     */
    public TicketIntake.Accepted accept(Helpdesk helpdesk, String tenantId, byte[] body, Proof proof) {
        byte[] bytes = body == null ? new byte[0] : body;
        try {
            // an unknown store and a store without the secret are refused alike: an unsigned caller learns nothing of either
            String secret = (TenantScope.isTenantId(tenantId)
                    ? TenantScope.of(tenantId, () -> secrets.reveal(tenantId, helpdesk.secretName())) : Optional.<String>empty())
                    .orElseThrow(() -> new Unauthenticated("No delivery to this address can be verified: the store keeps no "
                            + helpdesk.key() + " secret"));
            switch (helpdesk) {
                case ZENDESK -> WebhookSignatures.verifyZendesk(bytes, proof.signature(), proof.timestamp(), secret, clock.instant());
                case GORGIAS -> WebhookSignatures.verifyToken(proof.token(), secret, "X-Resolver-Webhook-Token");
            }
        } catch (Unauthenticated refused) {
            // the tenant id comes from the URL: only one that looks like a tenant id is written to the log as it is
            log.warn("Refused a {} webhook for tenant '{}': {}", helpdesk.key(),
                    TenantScope.isTenantId(tenantId) ? tenantId : "(not a tenant id)", refused.getMessage());
            throw refused;
        }
        NewTicket ticket = switch (helpdesk) {
            case ZENDESK -> zendesk(read(bytes, ZendeskBody.class).ticket());
            case GORGIAS -> gorgias(read(bytes, GorgiasBody.class).ticket());
        };
        return TenantScope.of(tenantId, () -> intake.accept(tenantId, ticket, null, "webhook:" + helpdesk.key()));
    }

    private static NewTicket zendesk(ZendeskTicket ticket) {
        if (ticket == null) {
            throw new BadRequest("ticket", "Field 'ticket' is required");
        }
        return new NewTicket("zendesk", required(ticket.id(), "ticket.id"), email(ticket.requester(), "ticket.requester.email"),
                ticket.subject(), required(ticket.description(), "ticket.description"));
    }

    private static NewTicket gorgias(GorgiasTicket ticket) {
        if (ticket == null) {
            throw new BadRequest("ticket", "Field 'ticket' is required");
        }
        return new NewTicket("gorgias", required(ticket.id(), "ticket.id"), email(ticket.customer(), "ticket.customer.email"),
                ticket.subject(), required(ticket.message() == null ? null : ticket.message().bodyText(), "ticket.message.body_text"));
    }

    private static String email(Person person, String field) {
        return required(person == null ? null : person.email(), field);
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new BadRequest(field, "Field '" + field + "' is required");
        }
        return value.strip();
    }

    private static <T> T read(byte[] body, Class<T> type) {
        String text = StrictUtf8.decode(body).orElseThrow(() -> new BadRequest(null, "The body is not UTF-8 text"));
        try {
            T value = JSON.readValue(text, type);
            if (value == null) {
                throw new BadRequest(null, "The body must be a JSON object with a 'ticket'");
            }
            return value;
        } catch (JsonProcessingException notJson) {
            throw new BadRequest(null, "The body is not the ticket JSON the README gives: " + notJson.getOriginalMessage());
        }
    }
}
