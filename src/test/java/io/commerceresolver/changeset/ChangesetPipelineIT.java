package io.commerceresolver.changeset;

import static io.commerceresolver.changeset.ChangesetHttp.operations;
import static io.commerceresolver.changeset.ChangesetHttp.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import io.commerceresolver.console.ConsoleHttp;
import io.commerceresolver.console.ConsolePeople;
import io.commerceresolver.security.Caller;
import io.commerceresolver.security.Role;
import io.commerceresolver.security.web.BearerTokens;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.user.UserDirectory;

/**
 * A changeset from confirmation to receipt, against the sandbox store, the real rules and processes/changeset.bpmn:
 * the approval its tier needs (never the requester's), the writer, the read-back, the receipt in the tenant's chain and
 * the summary mail; a product changed since the changeset was built stops the writer part way, and the rollback of
 * what was written is a changeset of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStores.class)
class ChangesetPipelineIT {

    private static final List<String> TWELVE = List.of("TEE-ORG-BLK-M", "SOCK-BMB-3PK", "TEE-ORG-WHT-L", "HOOD-FLC-GRY-L",
            "KURTA-LIN-IND-M", "DENIM-SLIM-32", "SCARF-SILK-PSL", "CBL-USBC-2M", "CHG-GAN-65W", "EAR-TWS-PRO", "PWR-BANK-20K",
            "CASE-PH15-CLR");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TestStores stores;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDirectory users;
    @LocalServerPort
    int port;
    @Autowired
    BearerTokens tokens;

    private ChangesetHttp http;
    private TestStores.Store store;
    private String merchandiser;
    private String approver;
    private String senior;

    @BeforeEach
    void newStore() {
        http = new ChangesetHttp(rest);
        store = stores.newStore(Map.of());
        merchandiser = person("mia@shop.test", Role.MERCHANDISER);
        approver = person("ann@shop.test", Role.APPROVER);
        senior = person("sam@shop.test", Role.SENIOR_APPROVER);
    }

    @Test
    void twelveSkusGoToASeniorApproverAndAreWrittenReadBackSealedAndMailed() throws Exception {
        Map<String, BigDecimal> before = prices(TWELVE);
        String id = build(ChangesetHttp.request(TWELVE, "\"kind\":\"price\",\"adjustPercent\":-15"));

        Map<String, Object> confirmed = confirm(merchandiser, id);
        assertThat(confirmed).containsEntry("status", "CONFIRMED").containsEntry("confirmedBy", "mia@shop.test");
        String approvalId = approvalOf((String) confirmed.get("runId"));
        assertThat(prices(TWELVE)).as("nothing is written before the approval").isEqualTo(before);

        assertThat(decide(merchandiser, approvalId, true).getStatusCode()).as("the requester").isIn(HttpStatus.FORBIDDEN, HttpStatus.CONFLICT);
        assertThat(decide(approver, approvalId, true).getStatusCode()).as("an approver below the tier").isIn(HttpStatus.FORBIDDEN,
                HttpStatus.CONFLICT);
        // the senior approver reads what they are asked to allow, operation by operation, before deciding
        ConsoleHttp console = new ConsoleHttp(port);
        assertThat(console.signIn(store.tenantId(), "sam@shop.test").headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        HttpResponse<String> page = console.get("/console/approvals/" + approvalId);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("What changeset " + id + " changes").contains("TEE-ORG-BLK-M")
                .contains(before.get("TEE-ORG-BLK-M").toPlainString() + " USD")
                .contains(before.get("TEE-ORG-BLK-M").multiply(new BigDecimal("0.85")).setScale(2, RoundingMode.HALF_UP).toPlainString() + " USD");
        assertThat(decide(senior, approvalId, true).getStatusCode()).isEqualTo(HttpStatus.OK);

        Map<String, Object> sealed = http.awaitSealed(merchandiser, id);
        assertThat(sealed).containsEntry("status", "VERIFIED");
        assertThat(part(sealed, "progress")).containsEntry("toWrite", 12).containsEntry("written", 12).containsEntry("verified", 12)
                .containsEntry("failed", 0).containsEntry("skipped", 0);
        assertThat(operations(sealed)).extracting(operation -> operation.get("status")).containsOnly("WRITTEN");
        assertThat(operations(sealed)).extracting(operation -> part(operation, "written").get("verified")).containsOnly(true);
        Map<String, BigDecimal> after = prices(TWELVE);
        TWELVE.forEach(sku -> assertThat(after.get(sku)).as(sku)
                .isEqualByComparingTo(before.get(sku).multiply(new BigDecimal("0.85")).setScale(2, RoundingMode.HALF_UP)));

        String receiptId = (String) sealed.get("receiptId");
        assertThat(http.get(merchandiser, "/api/v1/receipts/" + receiptId + "/verify").getBody()).containsEntry("ok", true);
        assertThat(http.get(merchandiser, "/api/v1/receipts/verify").getBody()).containsEntry("ok", true);
        assertThat(String.valueOf(http.get(senior, "/api/v1/receipts/" + receiptId).getBody().get("body")))
                .contains("sam@shop.test").contains("TEE-ORG-BLK-M").contains("VERIFIED")
                // each component's delegated scope and its uses: the reader read, the writer wrote, the notifier is not sealed yet
                .contains("catalogue:read").contains("getProducts").contains("catalogue:write").contains("updatePrice")
                // each operation's decision with the rules that fired, as stored
                .contains("A write to a single record is tier 2 WRITE");
        assertThat(runStatus((String) confirmed.get("runId"))).isEqualTo("COMPLETED");
        assertThat(jdbc.queryForList("SELECT to_address FROM mail_outbox WHERE tenant_id = ? AND idempotency_key LIKE ?", String.class,
                store.tenantId(), "changeset:" + id + ":summary:%")).containsExactlyInAnyOrder("mia@shop.test", "sam@shop.test");
        assertThat(jdbc.queryForObject("SELECT body FROM mail_outbox WHERE tenant_id = ? AND idempotency_key = ?", String.class,
                store.tenantId(), "changeset:" + id + ":summary:mia@shop.test")).contains(receiptId).contains("written: 12");
    }

    @Test
    void aProductChangedSinceTheChangesetWasBuiltStopsTheWriterAndTheRollbackUndoesWhatWasWritten() {
        List<String> three = List.of("TEE-ORG-BLK-M", "SOCK-BMB-3PK", "TEE-ORG-WHT-L");
        Map<String, Integer> stockBefore = stock(three);
        String id = build("{\"operations\":[{\"sku\":\"TEE-ORG-BLK-M\",\"kind\":\"stock\",\"stock\":5},"
                + "{\"sku\":\"SOCK-BMB-3PK\",\"kind\":\"stock\",\"stock\":6},{\"sku\":\"TEE-ORG-WHT-L\",\"kind\":\"stock\",\"stock\":7}]}");
        // someone restocks the socks in the store after the changeset was built and before it is written
        jdbc.update("UPDATE sandbox_product SET stock = 99 WHERE tenant_id = ? AND sku = 'SOCK-BMB-3PK'", store.tenantId());

        Map<String, Object> confirmed = confirm(merchandiser, id);
        assertThat(decide(approver, approvalOf((String) confirmed.get("runId")), true).getStatusCode()).isEqualTo(HttpStatus.OK);

        Map<String, Object> stopped = http.awaitSealed(merchandiser, id);
        assertThat(stopped).containsEntry("status", "PARTIAL");
        assertThat((String) stopped.get("outcome")).contains("SOCK-BMB-3PK changed since the changeset was built").contains("/rollback");
        assertThat(operations(stopped)).extracting(operation -> operation.get("status")).containsExactly("WRITTEN", "FAILED", "SKIPPED");
        assertThat(stock(three)).containsEntry("TEE-ORG-BLK-M", 5).containsEntry("SOCK-BMB-3PK", 99)
                .containsEntry("TEE-ORG-WHT-L", stockBefore.get("TEE-ORG-WHT-L"));
        assertThat(runStatus((String) stopped.get("runId"))).isEqualTo("HANDED_OVER");

        ResponseEntity<Map<String, Object>> rollback = http.post(merchandiser, "/api/v1/changesets/" + id + "/rollback", "");
        assertThat(rollback.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(rollback.getBody()).containsEntry("rollbackOf", id).containsEntry("status", "BUILT").containsEntry("operationCount", 1);
        String undo = (String) rollback.getBody().get("id");
        assertThat(http.post(merchandiser, "/api/v1/changesets/" + id + "/rollback", "").getBody())
                .as("asked twice, the same rollback").containsEntry("id", undo);
        Map<String, Object> undoConfirmed = confirm(merchandiser, undo);
        assertThat(decide(approver, approvalOf((String) undoConfirmed.get("runId")), true).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.awaitSealed(merchandiser, undo)).containsEntry("status", "VERIFIED");
        assertThat(stock(three)).containsEntry("TEE-ORG-BLK-M", stockBefore.get("TEE-ORG-BLK-M")).containsEntry("SOCK-BMB-3PK", 99);
        assertThat(http.get(merchandiser, "/api/v1/receipts/verify").getBody()).containsEntry("ok", true);
    }

    @Test
    void aChangesetAnApproverRejectsWritesNothingAndIsStillSealed() {
        Map<String, Integer> stockBefore = stock(List.of("TEE-ORG-BLK-M"));
        String id = build(ChangesetHttp.request(List.of("TEE-ORG-BLK-M"), "\"kind\":\"stock\",\"stock\":1"));
        Map<String, Object> confirmed = confirm(merchandiser, id);

        assertThat(decide(approver, approvalOf((String) confirmed.get("runId")), false).getStatusCode()).isEqualTo(HttpStatus.OK);

        Map<String, Object> declined = http.awaitSealed(merchandiser, id);
        assertThat(declined).containsEntry("status", "DECLINED");
        assertThat((String) declined.get("outcome")).contains("Not approved by");
        assertThat(operations(declined)).extracting(operation -> operation.get("status")).containsExactly("SKIPPED");
        assertThat(stock(List.of("TEE-ORG-BLK-M"))).isEqualTo(stockBefore);
        assertThat(String.valueOf(http.get(merchandiser, "/api/v1/receipts/" + declined.get("receiptId")).getBody().get("body")))
                .contains("DECLINED").contains("ann@shop.test");
        assertThat(runStatus((String) confirmed.get("runId"))).isEqualTo("DECLINED");
    }

    @Test
    void aChangesetWhoseRunAnOperatorCancelsBeforeItsApprovalWritesNothingAndIsSealed() {
        String operator = person("ops@shop.test", Role.OPERATIONS);
        String id = build(ChangesetHttp.request(List.of("TEE-ORG-BLK-M", "TEE-ORG-WHT-L"), "\"kind\":\"stock\",\"stock\":2"));
        Map<String, Object> confirmed = confirm(merchandiser, id);

        ResponseEntity<Map<String, Object>> cancelled = http.post(operator, "/api/v1/runs/" + confirmed.get("runId") + "/cancel",
                "{\"reason\":\"wrong week\"}");
        assertThat(cancelled.getStatusCode()).as(String.valueOf(cancelled.getBody())).isEqualTo(HttpStatus.OK);

        Map<String, Object> sealed = http.awaitSealed(merchandiser, id);
        assertThat(sealed).containsEntry("status", "CANCELLED");
        assertThat(operations(sealed)).extracting(operation -> operation.get("status")).containsOnly("SKIPPED");
        assertThat(http.post(merchandiser, "/api/v1/changesets/" + id + "/rollback", "").getStatusCode()).as("nothing to undo")
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(http.get(merchandiser, "/api/v1/receipts/verify").getBody()).containsEntry("ok", true);
    }

    @Test
    void numbersNoPriceIsWrittenWithAndTheRollbacksOwnKeysAreRefusedBeforeAnythingIsKept() {
        for (String number : List.of("1E+9999999", "1E-9999999", "12.345678")) {
            ResponseEntity<Map<String, Object>> refused = http.post(merchandiser, "/api/v1/changesets",
                    "{\"operations\":[{\"sku\":\"TEE-ORG-BLK-M\",\"kind\":\"price\",\"price\":" + number + "}]}");
            assertThat(refused.getStatusCode()).as(number).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody()).containsEntry("field", "operations[0].price");
        }
        ResponseEntity<Map<String, Object>> reserved = rest.exchange("/api/v1/changesets", HttpMethod.POST,
                new HttpEntity<>(ChangesetHttp.request(List.of("TEE-ORG-BLK-M"), "\"kind\":\"stock\",\"stock\":2"),
                        headers(merchandiser, "rollback:someone-elses")), ChangesetHttp.JSON);
        assertThat(reserved.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(reserved.getBody()).containsEntry("field", "Idempotency-Key");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM changeset WHERE tenant_id = ?", Integer.class, store.tenantId())).isZero();
    }

    private static HttpHeaders headers(String bearer, String idempotencyKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, bearer);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", idempotencyKey);
        return headers;
    }

    @Test
    void aSentenceTheReaderReadsIsAProposalThatWritesNothingUntilConfirmed() {
        ResponseEntity<Map<String, Object>> proposed = http.post(merchandiser, "/api/v1/changesets/proposals",
                "{\"text\":\"Put HOOD-FLC-GRY-L and TEE-ORG-BLK-M on a 15% off promo from today.\"}");
        assertThat(proposed.getStatusCode()).as(String.valueOf(proposed.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(proposed.getBody()).containsEntry("status", "BUILT").containsEntry("operationCount", 2);
        assertThat((String) proposed.getBody().get("note")).startsWith("Proposed by the keyword reader from: Put HOOD-FLC-GRY-L");
        assertThat(operations(proposed.getBody())).extracting(operation -> operation.get("sku"), operation -> operation.get("kind"),
                        operation -> String.valueOf(part(operation, "asked").get("percentOff")))
                .containsExactly(tuple("HOOD-FLC-GRY-L", "promotion", "15"),
                        tuple("TEE-ORG-BLK-M", "promotion", "15"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM agent_run WHERE tenant_id = ?", Integer.class, store.tenantId()))
                .as("a proposal starts nothing").isZero();

        ResponseEntity<Map<String, Object>> upOrDown = http.post(merchandiser, "/api/v1/changesets/proposals",
                "{\"text\":\"Change the price of TEE-ORG-BLK-M by 3%\"}");
        assertThat(upOrDown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(upOrDown.getBody()).containsEntry("field", "text");
        ResponseEntity<Map<String, Object>> noSku = http.post(merchandiser, "/api/v1/changesets/proposals",
                "{\"text\":\"Put the winter jackets on a 15% off promo\"}");
        assertThat(noSku.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) noSku.getBody().get("detail")).contains("no product code");
    }

    @Test
    void aVoiceSessionsFiguresAreFoldedIntoTheRequestersHistoryOnceAndNothingElseIsKept() {
        String body = "{\"operations\":[{\"sku\":\"TEE-ORG-BLK-M\",\"kind\":\"stock\",\"stock\":4}],"
                + "\"context\":{\"stress\":0.8,\"sessionMinutes\":12,\"sessionId\":\"call-7\"}}";
        ResponseEntity<Map<String, Object>> first = http.post(merchandiser, "/api/v1/changesets", body);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getBody()).containsEntry("tier", 3);

        Map<String, Object> history = http.get(merchandiser, "/api/v1/me/session-history").getBody();
        assertThat(String.valueOf(history)).contains("call-7").doesNotContain("TEE-ORG-BLK-M");
        assertThat(http.post(merchandiser, "/api/v1/changesets", body.replace("call-7", "not a session id!")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void onlyTheRequesterOrAnAdministratorConfirmsAndOnlyAnEndedChangesetRollsBack() {
        String id = build(ChangesetHttp.request(List.of("TEE-ORG-BLK-M"), "\"kind\":\"stock\",\"stock\":3"));
        String otherMerchandiser = person("max@shop.test", Role.MERCHANDISER);

        assertThat(http.post(otherMerchandiser, "/api/v1/changesets/" + id + "/confirm", "").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.post(merchandiser, "/api/v1/changesets/" + id + "/rollback", "").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        Map<String, Object> first = confirm(merchandiser, id);
        assertThat(confirm(merchandiser, id)).as("confirmed again: the same run").containsEntry("runId", first.get("runId"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM agent_run WHERE tenant_id = ? AND playbook = 'changeset'", Integer.class,
                store.tenantId())).isEqualTo(1);

        String refused = build(ChangesetHttp.request(List.of("NO-SUCH-SKU"), "\"kind\":\"stock\",\"stock\":3"));
        assertThat(http.post(merchandiser, "/api/v1/changesets/" + refused + "/confirm", "").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    /**
     * A person of the store with these roles, and a token as signing in would give them (issued directly: signing in
     * over HTTP is limited to a few a minute from one address, which a suite of tests would exceed).
     */
    private String person(String username, Role... roles) {
        new ConsolePeople(users).add(store, username, roles);
        return "Bearer " + tokens.issue(Caller.user(store.tenantId(), username, Set.of(roles))).accessToken();
    }

    private String build(String body) {
        ResponseEntity<Map<String, Object>> created = http.post(merchandiser, "/api/v1/changesets", body);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return (String) created.getBody().get("id");
    }

    private Map<String, Object> confirm(String key, String id) {
        ResponseEntity<Map<String, Object>> confirmed = http.post(key, "/api/v1/changesets/" + id + "/confirm", "");
        assertThat(confirmed.getStatusCode()).as(String.valueOf(confirmed.getBody())).isEqualTo(HttpStatus.OK);
        return confirmed.getBody();
    }

    private ResponseEntity<Map<String, Object>> decide(String key, String approvalId, boolean approve) {
        return http.post(key, "/api/v1/approvals/" + approvalId + "/decision", "{\"approved\":" + approve + ",\"reason\":\"checked\"}");
    }

    private String approvalOf(String runId) {
        return jdbc.queryForObject("SELECT id FROM approval WHERE tenant_id = ? AND run_id = ?", String.class, store.tenantId(), runId);
    }

    private String runStatus(String runId) {
        return jdbc.queryForObject("SELECT status FROM agent_run WHERE tenant_id = ? AND id = ?", String.class, store.tenantId(), runId);
    }

    private Map<String, BigDecimal> prices(List<String> skus) {
        Map<String, BigDecimal> prices = new HashMap<>();
        skus.forEach(sku -> prices.put(sku, jdbc.queryForObject("SELECT price FROM sandbox_product WHERE tenant_id = ? AND sku = ?",
                BigDecimal.class, store.tenantId(), sku)));
        return prices;
    }

    private Map<String, Integer> stock(List<String> skus) {
        Map<String, Integer> stock = new HashMap<>();
        skus.forEach(sku -> stock.put(sku, jdbc.queryForObject("SELECT stock FROM sandbox_product WHERE tenant_id = ? AND sku = ?",
                Integer.class, store.tenantId(), sku)));
        return stock;
    }
}
