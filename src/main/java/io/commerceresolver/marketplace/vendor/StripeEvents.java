package io.commerceresolver.marketplace.vendor;

import java.time.Instant;
import java.util.Map;

import io.commerceresolver.connector.VendorVocabulary;
import io.commerceresolver.connector.VendorVocabulary.DisputeStatus;
import io.commerceresolver.marketplace.StoreChange;
import io.commerceresolver.marketplace.StoreChange.DisputeFact;
import io.commerceresolver.marketplace.StoreChange.RefundFact;

/**
 * Stripe's events: an envelope ({@code id}, {@code type}, {@code created}) around the object it is about. Stripe keeps
 * payments, not orders: the order a payment was for is the {@code order_id} a shop puts in its metadata, when it
 * does. Amounts are in the currency's smallest unit.
 */
final class StripeEvents {

    /** The envelope; its id and type were read when the delivery was verified, the object is read here by type. */
    record Envelope(String id, String type, Long created) {
    }

    record RefundObject(String id, Long amount, String currency, String charge, String status, Map<String, String> metadata) {
    }

    /** A charge refunded in part or whole: {@code amount_refunded} is everything refunded on it so far. */
    record ChargeObject(String id, Long amountRefunded, String currency, Map<String, String> metadata) {
    }

    record DisputeObject(String id, Long amount, String currency, String charge, String reason, String status,
                         Map<String, String> metadata) {
    }

    record RefundEvent(Data<RefundObject> data) {
    }

    record ChargeEvent(Data<ChargeObject> data) {
    }

    record DisputeEvent(Data<DisputeObject> data) {
    }

    record Data<T>(T object) {
    }

    private StripeEvents() {
    }

    static StoreChange read(String type, String payload) {
        Envelope envelope = VendorJson.read(payload, Envelope.class, "a Stripe event");
        if (envelope.created() == null) {
            throw new UnreadableEvent("Field 'created' is required");
        }
        Instant asOf = Instant.ofEpochSecond(envelope.created());
        return switch (type) {
            case "refund.created", "refund.updated", "charge.refund.updated" ->
                    refund(object(VendorJson.read(payload, RefundEvent.class, "a Stripe refund event").data()), asOf);
            case "charge.refunded" -> charge(object(VendorJson.read(payload, ChargeEvent.class, "a Stripe charge event").data()), asOf);
            case "charge.dispute.created", "charge.dispute.updated", "charge.dispute.closed" ->
                    dispute(object(VendorJson.read(payload, DisputeEvent.class, "a Stripe dispute event").data()), asOf);
            default -> new StoreChange.Ignored("Stripe event type " + type + " is not one the resolver keeps");
        };
    }

    private static RefundFact refund(RefundObject refund, Instant asOf) {
        require(refund.id(), "data.object.id");
        return new RefundFact(refund.id(), orderOf(refund.metadata()), VendorJson.minorUnits(refund.amount(), refund.currency(), "data.object.amount"),
                VendorJson.currencyCode(refund.currency(), "data.object.currency"), refund.status(), asOf);
    }

    /** Kept as the charge's refund total, one fact per charge ("charge:ch_..."), as Stripe reports it. */
    private static RefundFact charge(ChargeObject charge, Instant asOf) {
        require(charge.id(), "data.object.id");
        return new RefundFact("charge:" + charge.id(), orderOf(charge.metadata()),
                VendorJson.minorUnits(charge.amountRefunded(), charge.currency(), "data.object.amount_refunded"),
                VendorJson.currencyCode(charge.currency(), "data.object.currency"), "refunded", asOf);
    }

    private static DisputeFact dispute(DisputeObject dispute, Instant asOf) {
        require(dispute.id(), "data.object.id");
        DisputeStatus status = VendorVocabulary.stripeDispute(dispute.status())
                .orElseThrow(() -> new UnreadableEvent("Field 'data.object.status' has a value Stripe does not document: " + dispute.status()));
        return new DisputeFact(dispute.id(), orderOf(dispute.metadata()), dispute.charge(),
                VendorJson.minorUnits(dispute.amount(), dispute.currency(), "data.object.amount"),
                VendorJson.currencyCode(dispute.currency(), "data.object.currency"), dispute.reason(), status, dispute.status(), asOf);
    }

    private static <T> T object(Data<T> data) {
        if (data == null || data.object() == null) {
            throw new UnreadableEvent("Field 'data.object' is required");
        }
        return data.object();
    }

    private static String orderOf(Map<String, String> metadata) {
        return metadata == null ? null : metadata.get("order_id");
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new UnreadableEvent("Field '" + field + "' is required");
        }
    }
}
