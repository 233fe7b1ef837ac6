package io.commerceresolver.connector.infrastructure.shippo;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Shippo API resources (version 2018-02-08) as the adapter writes and reads them (docs.goshippo.com/shippoapi/public-api:
 * Addresses, Parcels, Shipments, Rates, Transactions). Field names are Shippo's snake_case, mapped by the adapter's JSON
 * naming strategy; fields the adapter does not read are left out and ignored when they come.
 */
final class ShippoJson {

    private ShippoJson() {
    }

    record AddressIn(String name, String street1, String street2, String city, String state, String zip, String country, String phone,
                     String email) {
    }

    /** Sizes and weight as strings, as Shippo takes them ({@code "10"}, {@code "1.5"}). */
    record ParcelIn(String length, String width, String height, String distanceUnit, String weight, String massUnit) {
    }

    record Extra(boolean isReturn) {
    }

    /** {@code async: false} makes Shippo answer with the rates instead of filling them in later. */
    record NewShipment(AddressIn addressFrom, AddressIn addressTo, List<ParcelIn> parcels, Extra extra, boolean async) {
    }

    record Shipment(String objectId, String status, List<Rate> rates, List<Message> messages) {
        Shipment {
            rates = rates == null ? List.of() : rates;
            messages = messages == null ? List.of() : messages;
        }
    }

    record Rate(String objectId, BigDecimal amount, String currency, String provider, ServiceLevel servicelevel) {
        String token() {
            return servicelevel == null ? null : servicelevel.token();
        }
    }

    record ServiceLevel(String name, String token) {
    }

    /** What Shippo or the carrier said about an object: {@code source} (a carrier or Shippo), {@code code}, {@code text}. */
    record Message(String source, String code, String text) {

        static String joined(List<Message> messages) {
            return messages.stream().map(m -> (m.source() == null ? "" : m.source() + ": ") + m.text()).collect(Collectors.joining("; "));
        }
    }

    /** {@code async: false} makes Shippo answer once the carrier has answered; {@code metadata} is ours, up to 100 characters. */
    record NewTransaction(String rate, String labelFileType, boolean async, String metadata) {
    }

    /**
     * A label purchase. {@code rate} is the rate's id in some answers and the rate itself (with its {@code provider}) in
     * others, as the reference and the carrier guides show it, so it is read as either.
     */
    record Transaction(String objectId, String status, JsonNode rate, String trackingNumber, String labelUrl, String metadata,
                       List<Message> messages, Instant objectCreated) {
        Transaction {
            messages = messages == null ? List.of() : messages;
        }

        String provider() {
            return rate != null && rate.isObject() && rate.hasNonNull("provider") ? rate.get("provider").asText() : null;
        }
    }

    /** A page of a list: {@code next} is the URL of the next page, null on the last. */
    record TransactionPage(String next, List<Transaction> results) {
        TransactionPage {
            results = results == null ? List.of() : results;
        }
    }

    /** GET /tracks/{carrier}/{tracking_number}: the carrier's latest word on the shipment. */
    record Track(String carrier, String trackingNumber, TrackingStatus trackingStatus, Instant eta) {
    }

    /** PRE_TRANSIT, TRANSIT, DELIVERED, RETURNED, FAILURE or UNKNOWN, with the carrier's words and its time. */
    record TrackingStatus(String status, String statusDetails, Instant statusDate) {
    }
}
