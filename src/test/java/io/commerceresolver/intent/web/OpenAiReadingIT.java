package io.commerceresolver.intent.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.commerceresolver.support.TestStores;

/**
 * The service with an OpenAI model configured, served by a local server that answers in the Chat Completions
 * format: tickets are read by the model through the real SDK, checked against the ticket and the store, and left
 * to the keyword reader whenever the model fails or answers what the ticket does not bear out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStores.class)
@ExtendWith(OutputCaptureExtension.class)
class OpenAiReadingIT {

    static final WireMockServer OPENAI = new WireMockServer(wireMockConfig().dynamicPort());
    static final ObjectMapper JSON = new ObjectMapper();
    static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };

    static {
        OPENAI.start();
    }

    @DynamicPropertySource
    static void openAi(DynamicPropertyRegistry registry) {
        registry.add("resolver.intent.openai.api-key", () -> "sk-test-key");
        registry.add("resolver.intent.openai.base-url", () -> OPENAI.baseUrl() + "/v1");
        registry.add("resolver.intent.openai.timeout", () -> "PT1S");
        registry.add("resolver.intent.openai.max-retries", () -> "0");
    }

    @AfterAll
    static void stop() {
        OPENAI.stop();
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestStores stores;

    TestStores.Store tenant;

    @BeforeEach
    void newStore() {
        OPENAI.resetAll();
        tenant = stores.newStore(Map.of());
    }

    @Test
    void aTicketIsReadByTheModelWithPersonalDataMaskedAndTheReadingCounted() {
        answer(200, completion("{\"intent\":\"refund_request\",\"orderId\":\"1001\",\"amounts\":[{\"value\":\"49.99\",\"currency\":\"USD\"}],"
                + "\"skus\":[],\"newAddress\":null,\"requestedPrice\":null,\"requestedPercentage\":null,\"product\":null,\"confidence\":0.93}"));

        Map<String, Object> ticket = submitAndSettle("The mug in order #1001 arrived broken. Please refund $49.99. "
                + "Call me on +91 98765 43210 if needed.");

        assertThat(ticket.get("status")).isEqualTo("RESOLVED");
        assertThat(path(ticket, "intent", "extractor")).isEqualTo("openai:gpt-4o-mini");
        assertThat(path(ticket, "intent", "confidence")).isEqualTo(0.93);
        OPENAI.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("[PHONE]")).withRequestBody(containing("#1001")));
        assertThat(OPENAI.getAllServeEvents()).allSatisfy(e -> assertThat(e.getRequest().getBodyAsString()).doesNotContain("98765"));
        Map<String, Object> usage = get("/api/v1/intent/usage").getBody();
        assertThat(usage).containsEntry("reader", "openai:gpt-4o-mini").containsEntry("modelReadings", 1)
                .containsEntry("tokens", 876).containsEntry("monthlyCap", 2000);
    }

    @Test
    void aModelThatFailsLeavesTheTicketToTheKeywordReaderAndTheStorySaysWhy() {
        answer(500, "{\"error\":{\"message\":\"The server had an error while processing your request.\",\"type\":\"server_error\","
                + "\"param\":null,\"code\":\"server_error\"}}");

        Map<String, Object> ticket = submitAndSettle("The mug in order #1001 arrived broken. Please refund $49.99.");

        assertThat(ticket.get("status")).isEqualTo("RESOLVED");
        assertThat(path(ticket, "intent", "extractor")).isEqualTo("keyword");
        assertThat(intentEvent(ticket).get("notes")).asString().contains("server error (HTTP 500");
    }

    @Test
    void anAmountTheCustomerDidNotWriteIsNeverPaid() {
        answer(200, completion("{\"intent\":\"refund_request\",\"orderId\":\"1001\",\"amounts\":[{\"value\":\"120.00\",\"currency\":\"USD\"}],"
                + "\"skus\":[],\"newAddress\":null,\"requestedPrice\":null,\"requestedPercentage\":null,\"product\":null,\"confidence\":0.99}"));

        Map<String, Object> ticket = submitAndSettle("The mug in order #1001 arrived broken. Please refund $49.99.");

        assertThat(path(ticket, "intent", "extractor")).isEqualTo("keyword");
        assertThat(intentEvent(ticket).get("notes")).asString().contains("sum of 120 the customer did not write");
        assertThat(path(ticket, "run", "result", "refund", "id")).isNotNull();
        assertThat(http.exchange("/api/v1/orders/1001", HttpMethod.GET, new HttpEntity<>(headers()), MAP).getBody())
                .containsEntry("refundedTotal", 49.99);
    }

    @Test
    void nothingOfATicketIsLoggedWhateverTheModelDoes(CapturedOutput output) {
        String marker = "Zanzibar-7731";
        answer(400, "{\"error\":{\"message\":\"Invalid content: " + marker + "\",\"type\":\"invalid_request_error\","
                + "\"param\":\"messages\",\"code\":null}}");
        Map<String, Object> failed = submitAndSettle("Order #1001: the " + marker + " mug arrived broken. Please refund $49.99.");
        answer(200, completion("{\"intent\":\"refund_request\",\"orderId\":\"1001\",\"amounts\":[{\"value\":\"9.99\",\"currency\":\"USD\"}],"
                + "\"skus\":[],\"newAddress\":null,\"requestedPrice\":null,\"requestedPercentage\":null,\"product\":null,"
                + "\"confidence\":0.9}"));
        Map<String, Object> rejected = submitAndSettle("Order #1001: the " + marker + " cup arrived broken. Please refund $9.98.");

        assertThat(intentEvent(failed).get("notes")).asString().contains("HTTP 400").doesNotContain(marker);
        assertThat(intentEvent(rejected).get("notes")).asString().contains("sum of 9.99").doesNotContain(marker);
        assertThat(output.getAll()).doesNotContain(marker).doesNotContain("arrived broken");
    }

    @Test
    void aTenantAtItsMonthlyCapIsReadWithoutTheModel() {
        ResponseEntity<Map<String, Object>> capped = put("/api/v1/admin/intent/monthly-cap", "{\"monthlyCap\": 0}");
        assertThat(capped.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(capped.getBody()).containsEntry("monthlyCap", 0);

        Map<String, Object> ticket = submitAndSettle("Hi, where is my order #1004?");

        assertThat(path(ticket, "intent", "extractor")).isEqualTo("keyword");
        assertThat(intentEvent(ticket).get("notes")).asString().contains("monthly cap");
        OPENAI.verify(0, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    }

    @Test
    void aCapThatIsNotAWholeNumberIsRefusedWithAProblem() {
        for (String body : List.of("{\"monthlyCap\": -1}", "{\"monthlyCap\": 2.5}", "{\"monthlyCap\": \"lots\"}", "{}")) {
            ResponseEntity<Map<String, Object>> refused = put("/api/v1/admin/intent/monthly-cap", body);

            assertThat(refused.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getHeaders().getContentType()).as(body).hasToString("application/problem+json");
            assertThat(refused.getBody()).as(body).containsEntry("field", "monthlyCap");
        }
        assertThat(get("/api/v1/intent/usage").getBody()).containsEntry("monthlyCap", 2000);
    }

    @Test
    void usageIsTheCallersOwn() {
        assertThat(http.exchange("/api/v1/intent/usage", HttpMethod.GET, HttpEntity.EMPTY, MAP).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    // ----

    static void answer(int status, String body) {
        OPENAI.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
    }

    /** The recorded completion (src/test/resources/openai/) with the model's message content replaced. */
    static String completion(String content) {
        try {
            ObjectNode recorded = (ObjectNode) JSON.readTree(OpenAiReadingIT.class.getResourceAsStream("/openai/chat-completion-refund.json"));
            ((ObjectNode) recorded.get("choices").get(0).get("message")).put("content", content);
            return JSON.writeValueAsString(recorded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Object> submitAndSettle(String text) {
        String body = "{\"customerEmail\":\"" + (text.contains("1004") ? "james.oconnor@example.com" : "ann@example.com")
                + "\",\"text\":" + quote(text) + "}";
        ResponseEntity<Map<String, Object>> accepted = http.exchange("/api/v1/tickets", HttpMethod.POST, new HttpEntity<>(body, headers()), MAP);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String ticketId = (String) accepted.getBody().get("ticketId");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            Map<String, Object> ticket = get("/api/v1/tickets/" + ticketId).getBody();
            String status = (String) ticket.get("status");
            if (!"RECEIVED".equals(status) && !"IN_PROGRESS".equals(status)) {
                return ticket;
            }
            assertThat(Instant.now()).as("ticket %s still %s", ticketId, status).isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> intentEvent(Map<String, Object> ticket) {
        return ((List<Map<String, Object>>) ticket.get("events")).stream().filter(e -> "intent".equals(e.get("type")))
                .map(e -> (Map<String, Object>) e.get("payload")).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static Object path(Map<String, Object> map, String... keys) {
        Object value = map;
        for (String key : keys) {
            value = value == null ? null : ((Map<String, Object>) value).get(key);
        }
        return value;
    }

    ResponseEntity<Map<String, Object>> get(String url) {
        return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers()), MAP);
    }

    ResponseEntity<Map<String, Object>> put(String url, String body) {
        return http.exchange(url, HttpMethod.PUT, new HttpEntity<>(body, headers()), MAP);
    }

    HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", tenant.apiKey());
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
