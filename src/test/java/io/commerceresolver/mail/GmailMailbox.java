package io.commerceresolver.mail;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * A tenant's Gmail account on the {@link GmailStub}: mail is put in its inbox unread, raw as an MTA delivered it; the
 * service lists, fetches and marks it read through the Gmail API, and sends through it. Failures are Google's
 * documented answers, served the next times a call is made.
 */
public final class GmailMailbox {

    static final String MESSAGES = "/gmail/v1/users/me/messages";

    private final WireMockServer server = GmailStub.server();
    private final String tenantId;
    private final UUID listStub = UUID.randomUUID();
    private final Map<String, String> unread = new LinkedHashMap<>();
    private volatile Consumer<String> onMarkedRead = id -> { };
    private int delivered;
    private boolean listStubbed;

    private GmailMailbox(String tenantId) {
        this.tenantId = tenantId;
    }

    public static GmailMailbox create(String tenantId) {
        GmailMailbox mailbox = new GmailMailbox(tenantId);
        GmailStub.register(mailbox.accessToken(), mailbox);
        mailbox.server.stubFor(post(urlEqualTo("/token")).withFormParam("grant_type", equalTo("refresh_token"))
                .withFormParam("refresh_token", equalTo(mailbox.refreshToken()))
                .willReturn(json(200, GmailStub.body("token.json", Map.of("accessToken", mailbox.accessToken())))));
        mailbox.server.stubFor(mailbox.authorized(post(urlEqualTo(MESSAGES + "/send")))
                .willReturn(json(200, GmailStub.body("message-sent.json", Map.of("threadId", "thread-of-the-answer")))));
        mailbox.listUnread();
        return mailbox;
    }

    public String refreshToken() {
        return "refresh-" + tenantId;
    }

    String accessToken() {
        return "access-" + tenantId;
    }

    /** The body of PUT /api/v1/admin/intake/mail that connects the tenant's channel to this account. */
    public String channelJson(String address, int pollSeconds) {
        return """
                {"kind": "gmail", "address": "%s", "gmail": {"clientId": "1234-%s.apps.googleusercontent.com", \
                "clientSecret": "client-secret-%s", "refreshToken": "%s", "pollSeconds": %d}}"""
                .formatted(address, tenantId, tenantId, refreshToken(), pollSeconds);
    }

    /** Puts the mail in the inbox, unread, in the given Gmail conversation. @return its Gmail message id */
    public synchronized String deliver(byte[] raw, String threadId) {
        String id = "msg-" + tenantId + "-" + (++delivered);
        server.stubFor(authorized(get(urlPathEqualTo(MESSAGES + "/" + id))).withQueryParam("format", equalTo("raw"))
                .willReturn(json(200, GmailStub.body("message-raw.json", Map.of("id", id, "threadId", threadId,
                        "size", Integer.toString(raw.length), "raw", Base64.getUrlEncoder().encodeToString(raw))))));
        server.stubFor(authorized(post(urlEqualTo(MESSAGES + "/" + id + "/modify"))).withRequestBody(equalToJson("{\"removeLabelIds\": [\"UNREAD\"]}"))
                .willReturn(json(200, GmailStub.body("message-modified.json", Map.of("id", id, "threadId", threadId)))));
        unread.put(id, threadId);
        listUnread();
        return id;
    }

    public String deliver(String sampleName, String threadId) {
        return deliver(MailFixtures.bytes(sampleName), threadId);
    }

    public synchronized List<String> unread() {
        return List.copyOf(unread.keySet());
    }

    /** Called when the service's modify has been answered: Gmail no longer lists it as unread. */
    synchronized void markedRead(String id) {
        onMarkedRead.accept(id);
        unread.remove(id);
        listUnread();
    }

    /** What to check at the moment the service marks a mail read, before Gmail answers. */
    public void whenMarkedRead(Consumer<String> check) {
        onMarkedRead = check;
    }

    /** The next {@code times} calls matching the request answer Google's 503 (backendError); the later ones succeed. */
    public void unavailable(Supplier<MappingBuilder> request, int times) {
        String scenario = "unavailable-" + UUID.randomUUID();
        for (int i = 0; i < times; i++) {
            server.stubFor(authorized(request.get()).atPriority(1).inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "failed-" + i).willSetStateTo("failed-" + (i + 1))
                    .willReturn(json(503, GmailStub.body("error-503.json", Map.of()))));
        }
    }

    public MappingBuilder fetchOf(String id) {
        return get(urlPathEqualTo(MESSAGES + "/" + id));
    }

    public MappingBuilder anyFetch() {
        return get(urlPathMatching(MESSAGES + "/[^/]+"));
    }

    public MappingBuilder markingRead(String id) {
        return post(urlEqualTo(MESSAGES + "/" + id + "/modify"));
    }

    public MappingBuilder sending() {
        return post(urlEqualTo(MESSAGES + "/send"));
    }

    /** From now on Google refuses the tenant's refresh token, as when the account's owner revoked the access. */
    public void grantRevoked() {
        server.stubFor(post(urlEqualTo("/token")).atPriority(1).withFormParam("refresh_token", equalTo(refreshToken()))
                .willReturn(json(400, GmailStub.body("token-invalid-grant.json", Map.of()))));
    }

    public List<LoggedRequest> fetches(String id) {
        return server.findAll(getRequestedFor(urlPathEqualTo(MESSAGES + "/" + id)).withHeader("Authorization", equalTo("Bearer " + accessToken())));
    }

    public List<LoggedRequest> sends() {
        return server.findAll(postRequestedFor(urlEqualTo(MESSAGES + "/send")).withHeader("Authorization", equalTo("Bearer " + accessToken())));
    }

    private synchronized void listUnread() {
        List<String> listed = new ArrayList<>();
        unread.forEach((id, thread) -> listed.add("{\"id\": \"" + id + "\", \"threadId\": \"" + thread + "\"}"));
        String body = listed.isEmpty() ? GmailStub.body("messages-list-empty.json", Map.of())
                : GmailStub.body("messages-list.json", Map.of("messages", String.join(", ", listed), "count", Integer.toString(listed.size())));
        MappingBuilder list = authorized(get(urlPathEqualTo(MESSAGES))).withQueryParam("q", equalTo("in:inbox is:unread"))
                .withId(listStub).willReturn(json(200, body));
        if (listStubbed) {
            server.editStub(list);
        } else {
            server.stubFor(list);
            listStubbed = true;
        }
    }

    private MappingBuilder authorized(MappingBuilder request) {
        return request.withHeader("Authorization", equalTo("Bearer " + accessToken()));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=UTF-8").withBody(body);
    }
}
