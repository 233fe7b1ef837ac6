package io.commerceresolver.connector.infrastructure.shippo;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;

import io.commerceresolver.connector.Address;
import io.commerceresolver.connector.ConnectorFailure;
import io.commerceresolver.connector.ConnectorRejection;
import io.commerceresolver.connector.ConnectorSettings;
import io.commerceresolver.connector.LiveCheck;
import io.commerceresolver.connector.Order;
import io.commerceresolver.connector.OrderStatus;
import io.commerceresolver.connector.ReturnLabel;
import io.commerceresolver.connector.ReturnShipping;
import io.commerceresolver.connector.Tracking;
import io.commerceresolver.connector.TransientFailure;
import io.commerceresolver.connector.infrastructure.VendorAdapter;
import io.commerceresolver.connector.infrastructure.shippo.ShippoJson.AddressIn;
import io.commerceresolver.connector.infrastructure.shippo.ShippoJson.Message;
import io.commerceresolver.connector.infrastructure.shippo.ShippoJson.Rate;
import io.commerceresolver.connector.infrastructure.shippo.ShippoJson.Track;
import io.commerceresolver.connector.infrastructure.shippo.ShippoJson.Transaction;
import io.commerceresolver.connector.infrastructure.shippo.ShippoJson.TransactionPage;
import io.commerceresolver.security.ApiKeys;

/**
 * Return labels bought through Shippo (docs.goshippo.com, "Returns" and "Generate your first label"): a shipment
 * marked {@code extra.is_return} between the merchant's return address (the tenant's {@link ReturnShipping}) and the
 * customer's address (the order's, read from the orders connector), then a transaction buying one of its rates as a PDF.
 * As Shippo's Returns guide says, the addresses are given as for the outbound parcel (merchant from, customer to) and
 * Shippo swaps them on the label.
 * <p>
 * The rate bought is the one with the tenant's service level token when it names one (a merchant may have a carrier
 * contract), else the cheapest offered: a return label is the merchant's cost, and nothing in a refund ticket asks for
 * speed.
 * <p>
 * Shippo takes no idempotency key, so a purchase carries the caller's key in the transaction's {@code metadata}, and
 * before buying, the account's most recent transactions are searched for one under that key (Shippo lists them newest
 * first): a retry after a crash between Shippo's answer and our record returns the label bought, never a second one.
 * The search reads at most {@value #RECENT_PAGES} pages of {@value #PAGE_SIZE}: each page counts against Shippo's
 * tightest limit (list reads, 50 a minute live and 5 in test), and a call is retried within minutes of the first
 * attempt, long before 300 other labels of the same account have been bought. (Two calls with one key at the very same
 * moment could both buy: the runtime gives each key one job at a time, which is what keeps that from happening.)
 * <p>
 * Everything else on the port is another capability's ({@link VendorAdapter}).
 */
public final class ShippoShipping extends VendorAdapter {

    public static final String API = "https://api.goshippo.com";
    static final int RECENT_PAGES = 3;
    static final int PAGE_SIZE = 100;
    /** Shippo's {@code metadata} holds up to 100 characters; a longer key is kept as its digest. */
    private static final int METADATA_LENGTH = 100;
    /** Shippo's object ids are 32 hex digits; anything else never reaches a URL path. */
    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{32}");

    /** The carriers' names the stores use, to Shippo's carrier tokens (docs.goshippo.com, "Carriers"). */
    private static final Map<String, String> CARRIERS = Map.of("ups", "ups", "usps", "usps", "fedex", "fedex",
            "dhl_express", "dhl_express", "dhl", "dhl_express", "canada_post", "canada_post", "royal_mail", "royal_mail",
            "australia_post", "australia_post", "dpd", "dpd", "dhl_ecommerce", "dhl_ecommerce");
    /** What may stand in the path as a tracking number. */
    private static final Pattern TRACKING_NUMBER = Pattern.compile("[A-Za-z0-9]{4,64}");
    private static final Logger log = LoggerFactory.getLogger(ShippoShipping.class);

    private final ShippoRest shippo;
    private final ReturnShipping returns;

    public ShippoShipping(HttpClient http, ConnectorSettings settings, String apiKey, Duration timeout, Clock clock) {
        super("Shippo", clock);
        this.shippo = new ShippoRest(http, settings.baseUrl() == null ? API : settings.baseUrl(), apiKey, timeout);
        this.returns = settings.returns();
    }

    /** Lists one address of the account: the cheapest read a valid token can make, and a refused one cannot. */
    @Override
    public LiveCheck check() {
        return liveCheck(() -> {
            shippo.get("/addresses?results=1", JsonNode.class);
            return "Shippo accepted the API token";
        });
    }

    @Override
    public ReturnLabel createReturnLabel(String tenantId, Order order, String idempotencyKey) {
        String metadata = metadata(idempotencyKey);
        Optional<Transaction> earlier = bought(metadata);
        if (earlier.isPresent()) {
            return label(earlier.get(), order.id(), null);
        }
        if (returns == null) {
            throw new ConnectorRejection("return_address_not_configured", "No return address is configured for Shippo labels: configure the "
                    + "shipping connector's 'returns' (PUT /api/v1/admin/connectors/shipping)");
        }
        Address customer = order.shippingAddress();
        if (customer == null || customer.line1() == null) {
            throw new ConnectorRejection("no_shipping_address", "Order " + order.id() + " has no shipping address to collect the return from");
        }
        ShippoJson.Shipment shipment = shippo.post("/shipments", new ShippoJson.NewShipment(merchant(), customerOf(order), List.of(parcel()),
                new ShippoJson.Extra(true), false), ShippoJson.Shipment.class);
        Rate rate = chosen(shipment, order.id());
        Transaction bought = shippo.post("/transactions", new ShippoJson.NewTransaction(rate.objectId(), "PDF", false, metadata),
                Transaction.class);
        return label(bought, order.id(), rate.provider());
    }

    /** The label as Shippo shows it: present while it is a bought label, empty when Shippo has none or it was voided. */
    @Override
    public Optional<ReturnLabel> findReturnLabel(String tenantId, String orderId, String labelId) {
        if (labelId == null || !OBJECT_ID.matcher(labelId).matches()) {
            return Optional.empty();
        }
        return shippo.find("/transactions/" + labelId, Transaction.class)
                .filter(t -> t.status() != null && !"ERROR".equals(t.status()) && !t.status().startsWith("REFUND"))
                .map(t -> label(t, orderId, null));
    }

    /**
     * The carrier's status of a shipment the store told of, through Shippo's tracking ({@code GET /tracks/{carrier}/
     * {number}}): delivered (with its time) when the carrier says so, and its status word (TRANSIT, RETURNED, FAILURE…)
     * as the carrier status. A carrier Shippo has no token for here, or a carrier that says nothing (UNKNOWN), leaves
     * the store's answer as it was; so does Shippo failing to answer: the carrier's word adds to the store's, the store's
     * stands without it.
     */
    @Override
    public Tracking trackShipment(String tenantId, Tracking known) {
        Optional<String> carrier = carrierToken(known.carrier());
        if (carrier.isEmpty() || known.trackingNumber() == null || !TRACKING_NUMBER.matcher(known.trackingNumber()).matches()) {
            return known;
        }
        Track track;
        try {
            track = shippo.find("/tracks/" + carrier.get() + "/" + known.trackingNumber(), Track.class).orElse(null);
        } catch (ConnectorFailure unanswered) {
            log.warn("Shippo did not answer for the tracking of order {}: {}", known.orderId(), unanswered.getMessage());
            return known;
        }
        ShippoJson.TrackingStatus status = track == null ? null : track.trackingStatus();
        if (status == null || status.status() == null || "UNKNOWN".equals(status.status())) {
            return known;
        }
        boolean delivered = "DELIVERED".equals(status.status());
        return new Tracking(known.orderId(), delivered ? OrderStatus.DELIVERED : known.status(), known.carrier(), known.trackingNumber(),
                known.shippedAt(), delivered && known.deliveredAt() == null ? status.statusDate() : known.deliveredAt(),
                known.promisedAt(), status.status());
    }

    /** Shippo's token for a carrier as the stores name it ("UPS", "FedEx", "DHL Express"); empty for one not listed here. */
    static Optional<String> carrierToken(String carrier) {
        if (carrier == null) {
            return Optional.empty();
        }
        String named = carrier.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return Optional.ofNullable(CARRIERS.get(named));
    }

    /** A purchase already made under the key, among the account's most recent; one Shippo refused bought nothing. */
    private Optional<Transaction> bought(String metadata) {
        String page = "/transactions?results=" + PAGE_SIZE;
        for (int read = 0; read < RECENT_PAGES && page != null; read++) {
            TransactionPage found = shippo.get(page, TransactionPage.class);
            Optional<Transaction> mine = found.results().stream()
                    .filter(t -> metadata.equals(t.metadata()) && !"ERROR".equals(t.status())).findFirst();
            if (mine.isPresent()) {
                return mine;
            }
            page = found.next();
        }
        return Optional.empty();
    }

    private Rate chosen(ShippoJson.Shipment shipment, String orderId) {
        List<Rate> priced = shipment.rates().stream().filter(r -> r.objectId() != null && r.amount() != null).toList();
        if (priced.isEmpty()) {
            throw new ConnectorRejection("shippo_no_rates", "Shippo offered no rate for the return of order " + orderId
                    + (shipment.messages().isEmpty() ? "" : ": " + Message.joined(shipment.messages())));
        }
        List<Rate> eligible = returns.servicelevel() == null ? priced
                : priced.stream().filter(r -> returns.servicelevel().equals(r.token())).toList();
        return eligible.stream().min(Comparator.comparing(Rate::amount)).orElseThrow(() -> new ConnectorRejection(
                "shippo_servicelevel_unavailable", "Shippo offered no " + returns.servicelevel() + " rate for the return of order " + orderId
                + "; it offered " + priced.stream().map(Rate::token).distinct().collect(Collectors.joining(", "))));
    }

    /**
     * The transaction as a label: bought, refused by the carrier (a rejection with its messages), or still being
     * bought (asked again later it answers with the label, found under its key).
     */
    private ReturnLabel label(Transaction transaction, String orderId, String provider) {
        String status = transaction.status() == null ? "" : transaction.status();
        switch (status) {
            case "SUCCESS" -> {
                return new ReturnLabel(transaction.objectId(), orderId, provider != null ? provider : transaction.provider(),
                        transaction.trackingNumber(), transaction.labelUrl(),
                        transaction.objectCreated() != null ? transaction.objectCreated() : clock.instant());
            }
            case "QUEUED", "WAITING" -> throw new TransientFailure("Shippo is still buying return label " + transaction.objectId()
                    + " for order " + orderId + " (" + status + ")");
            case "ERROR" -> throw new ConnectorRejection("shippo_label_refused", "Shippo could not buy the return label for order " + orderId
                    + ": " + Message.joined(transaction.messages()));
            default -> throw new ConnectorRejection("shippo_label_" + status.toLowerCase(Locale.ROOT), "Return label "
                    + transaction.objectId() + " for order " + orderId + " is " + status + " at Shippo");
        }
    }

    private AddressIn merchant() {
        Address at = returns.address();
        return new AddressIn(at.name(), at.line1(), at.line2(), at.city(), at.region(), at.postalCode(), at.country(), returns.phone(),
                returns.email());
    }

    private static AddressIn customerOf(Order order) {
        Address at = order.shippingAddress();
        String name = at.name() != null && !at.name().isBlank() ? at.name() : order.customerName();
        return new AddressIn(name, at.line1(), at.line2(), at.city(), at.region(), at.postalCode(), at.country(), null, order.customerEmail());
    }

    private ShippoJson.ParcelIn parcel() {
        ReturnShipping.Parcel size = returns.parcel();
        return new ShippoJson.ParcelIn(plain(size.length()), plain(size.width()), plain(size.height()), size.distanceUnit(),
                plain(size.weight()), size.massUnit());
    }

    private static String plain(BigDecimal number) {
        return number.toPlainString();
    }

    static String metadata(String idempotencyKey) {
        return idempotencyKey.length() <= METADATA_LENGTH ? idempotencyKey : "sha256:" + ApiKeys.sha256(idempotencyKey);
    }
}
