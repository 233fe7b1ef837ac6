package io.commerceresolver.connector.infrastructure.shippo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.commerceresolver.connector.Address;
import io.commerceresolver.connector.ReturnShipping;

/** Shippo's answers as WireMock stubs: the files under {@code src/test/resources/vendors/shippo/} (see its README). */
public final class ShippoStubs {

    public static final String TOKEN = "shippo_test_0123456789abcdef0123456789abcdef01234567";
    public static final String LABEL_ID = "915d94940ea54c3a80cbfa328722f5a1";
    public static final String CHEAPEST_RATE = "a5c9d1bec93149f5bedc3a9374b50970";
    public static final String UPS_GROUND_RATE = "975445f117db48e5b3e85cebebe87ee0";

    private ShippoStubs() {
    }

    /** The merchant's return settings the stubbed shipment was made with. */
    public static ReturnShipping returns(String servicelevel) {
        return new ReturnShipping(new Address("Harbour Mugs Returns", "215 Clayton St.", null, "San Francisco", "CA", "94117", "US"),
                "+1 555 341 9393", "returns@harbourmugs.example",
                new ReturnShipping.Parcel(new BigDecimal("30"), new BigDecimal("20"), new BigDecimal("10"), "cm", new BigDecimal("1.5"), "kg"),
                servicelevel);
    }

    /** The same settings as an admin sends them in {@code PUT /api/v1/admin/connectors/shipping}. */
    public static final String RETURNS_JSON = """
            {"address": {"name": "Harbour Mugs Returns", "line1": "215 Clayton St.", "city": "San Francisco", "region": "CA",
                         "postalCode": "94117", "country": "us"},
             "phone": "+1 555 341 9393", "email": "returns@harbourmugs.example",
             "parcel": {"length": 30, "width": 20, "height": 10, "distanceUnit": "cm", "weight": 1.5, "massUnit": "kg"}}""";

    public static ResponseDefinitionBuilder answer(int status, String file, Map<String, String> values) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(file(file, values));
    }

    public static String file(String file, Map<String, String> values) {
        try (InputStream in = ShippoStubs.class.getResourceAsStream("/vendors/shippo/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("No stub vendors/shippo/" + file);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace("${" + value.getKey() + "}", value.getValue());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
