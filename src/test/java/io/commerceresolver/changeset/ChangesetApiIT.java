package io.commerceresolver.changeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.springframework.jdbc.core.JdbcTemplate;

import io.commerceresolver.security.Role;
import io.commerceresolver.support.TestStores;

/**
 * {@code POST /api/v1/changesets} and {@code GET /api/v1/changesets/{id}} against the sandbox store and the real rules:
 * each operation's before, after, rollback and decision; the changeset's tier (a batch of more records than the bulk
 * threshold goes to a senior approver); refusals; paging; the same request sent twice; bad input. Nothing is written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStores.class)
class ChangesetApiIT {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    /** Twelve of the demo store's products (src/main/resources/sandbox/demo-store.json). */
    private static final List<String> TWELVE = List.of("TEE-ORG-BLK-M", "SOCK-BMB-3PK", "TEE-ORG-WHT-L", "HOOD-FLC-GRY-L",
            "KURTA-LIN-IND-M", "DENIM-SLIM-32", "SCARF-SILK-PSL", "CBL-USBC-2M", "CHG-GAN-65W", "EAR-TWS-PRO", "PWR-BANK-20K",
            "CASE-PH15-CLR");

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestStores stores;
    @Autowired
    JdbcTemplate jdbc;

    private TestStores.Store store;
    private String merchandiser;

    @BeforeEach
    void newStore() {
        store = stores.newStore(Map.of());
        merchandiser = stores.key(store, "mia", Role.MERCHANDISER);
    }

    @Test
    void twelveSkusFifteenPercentOffAreBuiltDecidedAndGoToASeniorApproverWithNothingWritten() {
        StringBuilder operations = new StringBuilder();
        for (String sku : TWELVE) {
            operations.append(operations.length() == 0 ? "" : ",").append("{\"sku\":\"").append(sku).append("\",\"kind\":\"price\",\"adjustPercent\":-15}");
        }
        String body = "{\"operations\":[" + operations + "],\"note\":\"Winter sale\"}";

        ResponseEntity<Map<String, Object>> created = post(merchandiser, body, "winter-sale-1");

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map<String, Object> changeset = created.getBody();
        String id = (String) changeset.get("id");
        assertThat(created.getHeaders().getLocation()).hasToString("/api/v1/changesets/" + id);
        assertThat(changeset).containsEntry("status", "BUILT").containsEntry("requestedBy", "mia").containsEntry("tier", 3)
                .containsEntry("approvalRequired", true).containsEntry("approverRole", "senior_approver").containsEntry("operationCount", 12)
                .containsEntry("refusedCount", 0).containsEntry("note", "Winter sale");
        assertThat((List<String>) changeset.get("reasons")).anySatisfy(reason -> assertThat(reason).contains("12 records, more than 10"));

        List<Map<String, Object>> built = operations(changeset);
        assertThat(built).hasSize(12).extracting(operation -> operation.get("status")).containsOnly("PROPOSED");
        Map<String, Object> tee = built.get(0);
        assertThat(tee).containsEntry("seq", 1).containsEntry("sku", "TEE-ORG-BLK-M").containsEntry("kind", "price");
        assertThat(decimal(tee, "before", "price")).isEqualByComparingTo("24.00");
        assertThat(decimal(tee, "after", "price")).isEqualByComparingTo("20.40");
        assertThat(decimal(tee, "rollback", "price")).as("undone by the price the store showed").isEqualByComparingTo("24.00");
        Map<String, Object> decision = (Map<String, Object>) tee.get("decision");
        assertThat(decision.get("tier")).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM decision WHERE tenant_id = ? AND id = ?", Integer.class, store.tenantId(),
                decision.get("decisionId"))).as("each operation's decision is kept").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT price FROM sandbox_product WHERE tenant_id = ? AND sku = 'TEE-ORG-BLK-M'", BigDecimal.class,
                store.tenantId())).as("nothing written").isEqualByComparingTo("24.00");

        ResponseEntity<Map<String, Object>> again = post(merchandiser, body, "winter-sale-1");
        assertThat(again.getBody()).as("the same request sent again is the same changeset").containsEntry("id", id);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM changeset_operation WHERE tenant_id = ?", Integer.class, store.tenantId()))
                .isEqualTo(12);

        Map<String, Object> firstPage = get(merchandiser, "/api/v1/changesets/" + id + "?limit=5").getBody();
        assertThat(operations(firstPage)).extracting(operation -> operation.get("seq")).containsExactly(1, 2, 3, 4, 5);
        assertThat(firstPage).containsEntry("nextAfter", 5);
        Map<String, Object> lastPage = get(merchandiser, "/api/v1/changesets/" + id + "?after=10&limit=5").getBody();
        assertThat(operations(lastPage)).extracting(operation -> operation.get("seq")).containsExactly(11, 12);
        assertThat(lastPage.get("nextAfter")).isNull();

        TestStores.Store other = stores.newStore(Map.of());
        assertThat(get(stores.key(other, "nosy", Role.ADMIN), "/api/v1/changesets/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void operationsTheStoreCannotTakeAreRefusedAndTheRestGoOn() {
        String body = "{\"operations\":[{\"sku\":\"NO-SUCH-SKU\",\"kind\":\"stock\",\"stock\":5},"
                + "{\"sku\":\"MUG-STONE-SET4\",\"kind\":\"promotion\",\"percentOff\":10},"
                + "{\"sku\":\"LAMP-BRASS-DSK\",\"kind\":\"price\",\"price\":0.00}]}";

        Map<String, Object> changeset = post(merchandiser, body, null).getBody();

        assertThat(changeset).containsEntry("status", "BUILT").containsEntry("operationCount", 3).containsEntry("refusedCount", 2)
                .containsEntry("tier", 2).containsEntry("approverRole", "approver");
        List<Map<String, Object>> built = operations(changeset);
        assertThat(built.get(0)).containsEntry("status", "REFUSED").containsEntry("before", null);
        assertThat((List<String>) built.get(0).get("problems")).containsExactly("There is no product with SKU NO-SUCH-SKU in the catalogue");
        assertThat(built.get(1)).containsEntry("status", "PROPOSED");
        assertThat(decimal(built.get(1), "after", "promoPercentOff")).isEqualByComparingTo("10");
        assertThat(built.get(1).get("rollback")).as("undone by ending the promotion").isEqualTo(Map.of("endPromotion", true));
        assertThat(built.get(2)).containsEntry("status", "REFUSED");
        assertThat((List<String>) built.get(2).get("problems")).containsExactly("A price must be more than nothing");

        Map<String, Object> nothing = post(merchandiser, "{\"operations\":[{\"sku\":\"NO-SUCH-SKU\",\"kind\":\"stock\",\"stock\":5}]}", null)
                .getBody();
        assertThat(nothing).containsEntry("status", "REFUSED").containsEntry("refusedCount", 1).containsEntry("approvalRequired", false);
    }

    @Test
    void badRequestsAreRefusedNamingTheFieldAndKeepNothing() {
        assertThat(problem("{}")).containsEntry("field", "operations");
        assertThat(problem("{\"operations\":[]}")).containsEntry("field", "operations");
        assertThat(problem("{\"operations\":[{\"sku\":\"TEE-ORG-BLK-M\",\"kind\":\"colour\"}]}")).containsEntry("field", "operations[0].kind");
        assertThat(problem("{\"operations\":[{\"sku\":\"TEE-ORG-BLK-M\",\"kind\":\"price\",\"price\":20,\"adjustPercent\":-5}]}"))
                .containsEntry("field", "operations[0].price");
        assertThat(problem("{\"operations\":[{\"sku\":\"TEE-ORG-BLK-M\",\"kind\":\"price\",\"adjustPercent\":-100}]}"))
                .containsEntry("field", "operations[0].adjustPercent");
        assertThat(problem("{\"operations\":[{\"sku\":\"TEE ORG\",\"kind\":\"stock\",\"stock\":1}]}")).containsEntry("field", "operations[0].sku");
        assertThat(problem("{\"operations\":[{\"sku\":\"A1\",\"kind\":\"stock\",\"stock\":1},{\"sku\":\"A1\",\"kind\":\"stock\",\"stock\":2}]}"))
                .containsEntry("field", "operations[1]");
        assertThat(problem("{\"operations\":[{\"sku\":\"A1\",\"kind\":\"stock\",\"stock\":1}],\"context\":{\"stress\":1.5}}"))
                .containsEntry("field", "context.stress");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM changeset WHERE tenant_id = ?", Integer.class, store.tenantId())).isZero();
        assertThat(get(merchandiser, "/api/v1/changesets/x?limit=0").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private Map<String, Object> problem(String body) {
        ResponseEntity<Map<String, Object>> refused = post(merchandiser, body, null);
        assertThat(refused.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        return refused.getBody();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> operations(Map<String, Object> changeset) {
        return (List<Map<String, Object>>) changeset.get("operations");
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal decimal(Map<String, Object> operation, String part, String field) {
        return new BigDecimal(String.valueOf(((Map<String, Object>) operation.get(part)).get(field)));
    }

    private ResponseEntity<Map<String, Object>> post(String key, String body, String idempotencyKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", key);
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return http.exchange("/api/v1/changesets", HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }

    private ResponseEntity<Map<String, Object>> get(String key, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", key);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JSON);
    }
}
