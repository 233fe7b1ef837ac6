package io.commerceresolver.intent.infrastructure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.commerceresolver.intent.Amount;
import io.commerceresolver.intent.Entities;
import io.commerceresolver.intent.ExtractedIntent;
import io.commerceresolver.intent.Intent;
import io.commerceresolver.intent.LanguageModel.ModelAnswer;
import io.commerceresolver.intent.LanguageModel.ModelUnavailable;
import io.commerceresolver.intent.PostalAddress;
import io.commerceresolver.intent.ProductFields;

/**
 * The OpenAI reader through the real SDK against a WireMock server that answers in the Chat Completions API's own
 * formats (bodies under {@code src/test/resources/openai/}). What matters most: an answer outside the schema is
 * never used, and no failure reason repeats the ticket.
 */
@Tag("database-free") // no database: scripts/test-postgres.sh leaves it out, the H2 suite runs it
class OpenAiLanguageModelTest {

    static final String API_KEY = "sk-test-3b9c2d7e5f3a";
    static final String MODEL = "gpt-4o-mini";
    static final String COMPLETIONS = "/v1/chat/completions";
    // a string no reason, SDK text or stub would contain unless it came from the ticket
    static final String MARKER = "QUOKKA-7731-MARKER";
    static final String SUBJECT = "Broken mug " + MARKER;
    static final String TEXT = "The mug in order #a-1001 arrived broken \"again\".\nPlease refund $49.99 " + MARKER
            + " — paise wapas chahiye. Ship the rest to 12 MG Road, Pune 411001.";

    static final ObjectMapper JSON = new ObjectMapper();

    WireMockServer server;
    final List<OpenAiLanguageModel> models = new ArrayList<>();

    @BeforeEach
    void startServer() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stopServer() {
        models.forEach(OpenAiLanguageModel::close);
        server.stop();
    }

    // ------------------------------------------------------------------------------------- a good answer

    @Test
    void aValidRefundReadingBecomesTheDomainReading() throws Exception {
        answer(ok(recorded("chat-completion-refund.json")));

        ModelAnswer answer = model().read(SUBJECT, TEXT);

        ExtractedIntent reading = answer.reading();
        assertThat(reading.intent()).isEqualTo(Intent.REFUND_REQUEST);
        assertThat(reading.confidence()).isEqualTo(0.92);
        assertThat(reading.extractor()).isEqualTo("openai:gpt-4o-mini");
        assertThat(reading.notes()).isEmpty();
        Entities entities = reading.entities();
        // '#' stripped and letters upper-cased, as the store writes order ids
        assertThat(entities.orderId()).isEqualTo("A-1001");
        // currencies upper-cased; the asked-for amount stays first; no currency stays null
        assertThat(entities.amounts()).containsExactly(Amount.of("49.99", "USD"), Amount.of("12.5", null));
        assertThat(entities.requestedAmount().value()).isEqualByComparingTo("49.99");
        // an empty SKU is no SKU
        assertThat(entities.skus()).containsExactly("MUG-01");
        // empty strings become null; the country code is upper-cased
        assertThat(entities.newAddress())
                .isEqualTo(new PostalAddress("12 MG Road", null, "Pune", "Maharashtra", "411001", "IN"));
        assertThat(entities.requestedPrice()).isNull();
        assertThat(entities.requestedPercentage()).isNull();
        assertThat(entities.product()).isNull();
        assertThat(answer.promptTokens()).isEqualTo(812);
        assertThat(answer.completionTokens()).isEqualTo(64);
    }

    @Test
    void aSellersProductReadingKeepsItsPriceQuantityAndPercentage() throws Exception {
        answer(ok(content(reading(r -> {
            r.put("intent", "product_create");
            r.putNull("orderId");
            r.putArray("amounts");
            r.put("requestedPercentage", "10");
            ObjectNode product = r.putObject("product");
            product.put("title", "Blue kurta");
            product.put("sku", "KURTA-BL-M");
            product.putObject("price").put("value", "899").put("currency", "inr");
            product.put("quantity", 40);
            product.put("category", " ");
            return r;
        }))));

        ExtractedIntent reading = model().read("naya product", "Blue kurta KURTA-BL-M 899 rs, 40 pieces, 10% off").reading();

        assertThat(reading.intent()).isEqualTo(Intent.PRODUCT_CREATE);
        assertThat(reading.entities().orderId()).isNull();
        assertThat(reading.entities().amounts()).isEmpty();
        assertThat(reading.entities().requestedPercentage()).isEqualByComparingTo(new BigDecimal("10"));
        assertThat(reading.entities().product())
                .isEqualTo(new ProductFields("Blue kurta", "KURTA-BL-M", Amount.of("899", "INR"), 40, null));
    }

    // ------------------------------------------------------------------------------------- the request

    @Test
    void sendsTheInstructionsTheTicketAsDataAndTheStrictSchema() throws Exception {
        answer(ok(recorded("chat-completion-refund.json")));

        model().read(SUBJECT, TEXT);

        server.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS))
                .withHeader("Authorization", equalTo("Bearer " + API_KEY))
                .withHeader("Content-Type", equalTo("application/json")));
        JsonNode body = JSON.readTree(onlyRequest().getBodyAsString());
        assertThat(body.get("model").asText()).isEqualTo(MODEL);
        assertThat(body.path("store").toString()).isEqualTo("false");

        JsonNode format = body.get("response_format");
        assertThat(format.get("type").asText()).isEqualTo("json_schema");
        assertThat(format.at("/json_schema/name").asText()).isEqualTo("ticket_reading");
        assertThat(format.at("/json_schema/strict").isBoolean()).isTrue();
        assertThat(format.at("/json_schema/strict").asBoolean()).isTrue();
        assertThat(format.at("/json_schema/schema")).isEqualTo(JSON.readTree(resource(OpenAiLanguageModel.SCHEMA_RESOURCE)));

        JsonNode messages = body.get("messages");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).get("role").asText()).isEqualTo("system");
        assertThat(messages.get(0).get("content").asText()).isEqualTo(resource(OpenAiLanguageModel.INSTRUCTIONS_RESOURCE));
        assertThat(messages.get(1).get("role").asText()).isEqualTo("user");
        String user = messages.get(1).get("content").asText();
        // the ticket travels as one JSON object after the first line: quotes and newlines in it stay inside strings
        JsonNode ticket = JSON.readTree(user.substring(user.indexOf('\n') + 1));
        assertThat(ticket.get("subject").asText()).isEqualTo(SUBJECT);
        assertThat(ticket.get("text").asText()).isEqualTo(TEXT);
        assertThat(ticket.has("truncated")).isFalse();
        assertThat(messages.get(0).get("content").asText()).doesNotContain(MARKER);
    }

    @Test
    void aLongTicketIsCutToTheInputBudgetAndTheReadingSaysSo() throws Exception {
        answer(ok(recorded("chat-completion-refund.json")));
        OpenAiLanguageModel model = model(settings(Duration.ofSeconds(5), 0, 30));

        ExtractedIntent reading = model.read("Broken mug", "x".repeat(10_000)).reading();

        JsonNode body = JSON.readTree(onlyRequest().getBodyAsString());
        String user = body.at("/messages/1/content").asText();
        JsonNode ticket = JSON.readTree(user.substring(user.indexOf('\n') + 1));
        assertThat(ticket.get("subject").asText()).isEqualTo("Broken mug");
        assertThat(ticket.get("text").asText()).isEqualTo("x".repeat(20));
        assertThat(ticket.get("truncated").asBoolean()).isTrue();
        assertThat(reading.notes()).containsExactly("the model read the first 30 characters of a longer ticket");
    }

    // ---------------------------------------------------------------------------------- unusable answers

    static Stream<Arguments> unusableAnswers() {
        return Stream.of(
                Arguments.of("refusal", recorded("chat-completion-refusal.json"), "invalid answer: the model refused", 801),
                Arguments.of("cut off at max tokens", finished("length",
                        "{\"intent\":\"refund_request\",\"orderId\":\"1001\",\"amounts\":[{\"value\":\"49."),
                        "invalid answer: cut off at the token limit (finish_reason length)", 876),
                Arguments.of("content filter", finished("content_filter", ""),
                        "invalid answer: withheld by the content filter", 876),
                Arguments.of("empty content", content(""), "invalid answer: empty content", 876),
                Arguments.of("prose, not JSON", content("Sure! The customer wants a refund of $49.99 " + MARKER),
                        "invalid answer: not JSON", 876),
                Arguments.of("JSON then more text", content(reading(r -> r) + " " + MARKER),
                        "invalid answer: not JSON", 876),
                Arguments.of("unknown intent", content(reading(r -> r.put("intent", MARKER))),
                        "invalid answer: outside the schema (enum at $.intent)", 876),
                Arguments.of("missing field", content(reading(r -> {
                            r.remove("confidence");
                            return r;
                        })),
                        "invalid answer: outside the schema (required at $: confidence)", 876),
                Arguments.of("extra field named after the ticket", content(reading(r -> r.put(MARKER, "refund $5000"))),
                        "invalid answer: outside the schema (additionalProperties at $)", 876),
                Arguments.of("extra field in an address", content(reading(r -> {
                            ((ObjectNode) r.get("newAddress")).put("note", MARKER);
                            return r;
                        })),
                        "invalid answer: outside the schema (", 876),
                Arguments.of("amount is not a number", content(reading(r -> {
                            ((ObjectNode) r.get("amounts").get(0)).put("value", "abc");
                            return r;
                        })),
                        "invalid answer: amount is not a plain decimal at $.amounts[0].value", 876),
                Arguments.of("amount in scientific notation", content(reading(r -> {
                            ((ObjectNode) r.get("amounts").get(0)).put("value", "1E+999999999");
                            return r;
                        })),
                        "invalid answer: amount is not a plain decimal at $.amounts[0].value", 876),
                Arguments.of("currency is a word", content(reading(r -> {
                            ((ObjectNode) r.get("amounts").get(0)).put("currency", "dollars");
                            return r;
                        })),
                        "invalid answer: currency is not an ISO 4217 code at $.amounts[0].currency", 876),
                Arguments.of("confidence above 1", content(reading(r -> r.put("confidence", 1.7))),
                        "invalid answer: confidence outside 0..1", 876),
                Arguments.of("confidence below 0", content(reading(r -> r.put("confidence", -0.1))),
                        "invalid answer: confidence outside 0..1", 876),
                Arguments.of("not a chat completion", "{\"id\":\"chatcmpl-x\",\"object\":\"chat.completion\"}",
                        "invalid answer: not a Chat Completions response", 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusableAnswers")
    void anUnusableAnswerIsAnInvalidAnswerThatCountsItsTokens(String name, String responseBody, String reason,
                                                              long tokensUsed) {
        answer(ok(responseBody));

        ModelUnavailable failure = readFails(model());

        assertThat(failure.getMessage()).startsWith(reason);
        assertThat(failure.tokensUsed()).isEqualTo(tokensUsed);
        assertNothingRepeatsTheTicket(failure);
    }

    // ------------------------------------------------------------------------------------ HTTP failures

    @Test
    void aRejectedKeyIsNotRetried() {
        answer(error(401, recorded("error-401-invalid-api-key.json")));

        ModelUnavailable failure = readFails(model(settings(Duration.ofSeconds(5), 2, 4000)));

        assertThat(failure.getMessage()).isEqualTo("rejected the API key (HTTP 401 invalid_api_key)");
        assertThat(failure.tokensUsed()).isZero();
        assertThat(server.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)))).hasSize(1);
    }

    @Test
    void aRateLimitIsRetriedOnceWithOneRetryAndThenGivenUp() {
        answer(error(429, recorded("error-429-rate-limit-exceeded.json")));

        ModelUnavailable failure = readFails(model(settings(Duration.ofSeconds(5), 1, 4000)));

        assertThat(failure.getMessage()).isEqualTo("rate limited (HTTP 429 rate_limit_exceeded)");
        List<LoggedRequest> attempts = server.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)));
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0).getHeader("X-Stainless-Retry-Count")).isEqualTo("0");
        assertThat(attempts.get(1).getHeader("X-Stainless-Retry-Count")).isEqualTo("1");
    }

    @Test
    void anExhaustedQuotaIsToldApartFromARateLimitThoughTheSdkRetriesItToo() {
        answer(error(429, recorded("error-429-insufficient-quota.json")));

        ModelUnavailable failure = readFails(model(settings(Duration.ofSeconds(5), 1, 4000)));

        assertThat(failure.getMessage()).isEqualTo("quota exhausted (HTTP 429 insufficient_quota)");
        assertThat(server.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)))).hasSize(2);
    }

    @Test
    void aServerErrorIsUnavailable() {
        answer(error(500, recorded("error-500-server-error.json")));

        ModelUnavailable failure = readFails(model());

        assertThat(failure.getMessage()).isEqualTo("server error (HTTP 500 server_error)");
        assertThat(server.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)))).hasSize(1);
    }

    @Test
    void anOverloadedServerIsUnavailable() {
        answer(error(503, recorded("error-503-overloaded.json")));

        assertThat(readFails(model()).getMessage()).isEqualTo("server error (HTTP 503)");
    }

    @Test
    void aServerThatTakesTooLongTimesOutLongBeforeItWouldHaveAnswered() {
        answer(ok(recorded("chat-completion-refund.json")).withFixedDelay(3_000));
        OpenAiLanguageModel model = model(settings(Duration.ofMillis(300), 1, 4000));

        long start = System.nanoTime();
        ModelUnavailable failure = readFails(model);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(failure.getMessage()).isEqualTo("timed out after 300ms (2 attempts)");
        // two attempts of 300 ms and one back-off of at most 500 ms, far from the 3 s the server would take
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(600)).isLessThan(Duration.ofMillis(2_000));
        assertNothingRepeatsTheTicket(failure);
    }

    @Test
    void aServerThatIsGoneIsUnreachable() {
        OpenAiLanguageModel model = model();
        server.stop();

        ModelUnavailable failure = readFails(model);

        assertThat(failure.getMessage()).isEqualTo("unreachable");
        // a network failure's cause comes from the socket, not the request, so it is kept for debugging
        assertThat(failure).hasRootCauseInstanceOf(ConnectException.class);
        assertNothingRepeatsTheTicket(failure);
    }

    static Stream<Arguments> errorsThatEchoTheTicket() {
        String echo = "Invalid 'messages[1].content': string too long. Expected a string with maximum length 1048576, "
                + "but got a string starting with 'Read this ticket. " + SUBJECT + "'.";
        return Stream.of(
                Arguments.of(400, echoing(echo, "invalid_request_error", "string_above_max_length"), "rejected the request (HTTP 400)"),
                Arguments.of(401, echoing(echo, "invalid_request_error", "invalid_api_key"), "rejected the API key (HTTP 401 invalid_api_key)"),
                Arguments.of(404, echoing(echo, "invalid_request_error", "model_not_found"), "does not know the model or endpoint (HTTP 404 model_not_found)"),
                Arguments.of(422, echoing(echo, "invalid_request_error", MARKER), "could not process the request (HTTP 422)"),
                Arguments.of(429, echoing(echo, "requests", "rate_limit_exceeded"), "rate limited (HTTP 429 rate_limit_exceeded)"),
                Arguments.of(500, echoing(echo, "server_error", null), "server error (HTTP 500)"),
                Arguments.of(502, "<html><body>Bad gateway for " + TEXT + "</body></html>", "server error (HTTP 502)"),
                Arguments.of(418, echoing(echo, MARKER, MARKER), "unexpected status (HTTP 418)"));
    }

    @ParameterizedTest(name = "HTTP {0}")
    @MethodSource("errorsThatEchoTheTicket")
    void noFailureReasonRepeatsTheTicketEvenWhenTheErrorBodyDoes(int status, String body, String reason) {
        answer(error(status, body));

        ModelUnavailable failure = readFails(model());

        assertThat(failure.getMessage()).isEqualTo(reason);
        // the SDK's exception carries the error body in its message: it is dropped, not kept as the cause
        assertThat(failure.getCause()).isNull();
        assertThat(failure.tokensUsed()).isZero();
        assertNothingRepeatsTheTicket(failure);
    }

    @Test
    void theSettingsNeverShowTheKey() {
        assertThat(settings(Duration.ofSeconds(1), 0, 10)).asString().doesNotContain(API_KEY).contains(MODEL);
    }

    // ------------------------------------------------------------------------------------------ helpers

    OpenAiLanguageModel model() {
        return model(settings(Duration.ofSeconds(5), 0, 4000));
    }

    OpenAiLanguageModel model(OpenAiSettings settings) {
        OpenAiLanguageModel model = new OpenAiLanguageModel(settings);
        models.add(model);
        return model;
    }

    OpenAiSettings settings(Duration timeout, int maxRetries, int maxInputChars) {
        return new OpenAiSettings(API_KEY, "http://localhost:" + server.port() + "/v1", MODEL, timeout, maxRetries,
                maxInputChars);
    }

    void answer(ResponseDefinitionBuilder response) {
        server.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(response));
    }

    LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = server.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    static ModelUnavailable readFails(OpenAiLanguageModel model) {
        ModelUnavailable failure = catchThrowableOfType(() -> model.read(SUBJECT, TEXT), ModelUnavailable.class);
        assertThat(failure).as("read() should have failed with ModelUnavailable").isNotNull();
        return failure;
    }

    /** The reason is stored with the ticket's history, and causes end up in logs: neither may carry its words. */
    static void assertNothingRepeatsTheTicket(ModelUnavailable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(MARKER).doesNotContain("MG Road");
            assertThat(t.toString()).doesNotContain(MARKER);
        }
    }

    static ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    static ResponseDefinitionBuilder error(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    static String echoing(String message, String type, String code) {
        ObjectNode error = JSON.createObjectNode();
        ObjectNode inner = error.putObject("error");
        inner.put("message", message);
        inner.put("type", type);
        inner.putNull("param");
        inner.put("code", code);
        return error.toString();
    }

    /** The recorded refund completion with another message content. */
    static String content(String content) {
        return finished("stop", content);
    }

    static String finished(String finishReason, String content) {
        try {
            ObjectNode completion = (ObjectNode) JSON.readTree(recorded("chat-completion-refund.json"));
            ObjectNode choice = (ObjectNode) completion.get("choices").get(0);
            choice.put("finish_reason", finishReason);
            ((ObjectNode) choice.get("message")).put("content", content);
            return completion.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recorded refund reading, changed. */
    static String reading(UnaryOperator<ObjectNode> change) {
        try {
            JsonNode completion = JSON.readTree(recorded("chat-completion-refund.json"));
            ObjectNode reading = (ObjectNode) JSON.readTree(completion.at("/choices/0/message/content").asText());
            return change.apply(reading).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String recorded(String name) {
        return resource("/openai/" + name);
    }

    static String resource(String path) {
        try (InputStream in = OpenAiLanguageModelTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
