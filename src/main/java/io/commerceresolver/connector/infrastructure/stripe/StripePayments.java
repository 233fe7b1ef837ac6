package io.commerceresolver.connector.infrastructure.stripe;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeSearchResult;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentSearchParams;
import com.stripe.param.RefundCreateParams;

import io.commerceresolver.connector.ConnectorRejection;
import io.commerceresolver.connector.ConnectorSettings;
import io.commerceresolver.connector.infrastructure.VendorAdapter;
import io.commerceresolver.connector.Discount;
import io.commerceresolver.connector.LiveCheck;
import io.commerceresolver.connector.Money;
import io.commerceresolver.connector.Refund;
import io.commerceresolver.connector.Unauthorized;

/**
 * Payments through Stripe with its own SDK (stripe-java): refunds and goodwill credits, for a store whose orders are
 * elsewhere. Stripe knows payments, not orders, so an order's payment is the succeeded PaymentIntent whose metadata
 * {@code order_id} names it (the convention of the Shopify and WooCommerce Stripe integrations); a refund goes against
 * it with the caller's key as Stripe's {@code Idempotency-Key}, so a retry returns the first refund instead of making
 * another. stripe-java's own network retries are off: the caller's {@code ConnectorCalls} retries.
 * <p>
 * Everything else on the port is another capability's ({@link VendorAdapter}).
 */
public final class StripePayments extends VendorAdapter {

    /** Currencies Stripe counts in whole units (https://docs.stripe.com/currencies#zero-decimal). */
    private static final Set<String> ZERO_DECIMAL = Set.of("BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND",
            "VUV", "XAF", "XOF", "XPF");
    /** Currencies Stripe counts in thousandths (https://docs.stripe.com/currencies#three-decimal). */
    private static final Set<String> THREE_DECIMAL = Set.of("BHD", "JOD", "KWD", "OMR", "TND");
    /** What may go into a search query between quotes without changing its meaning. */
    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9_#.-]{1,64}");
    private static final int SEARCH_PAGES = 5;

    private final StripeClient stripe;

    public StripePayments(ConnectorSettings settings, String apiKey, Duration connectTimeout, Duration timeout, Clock clock) {
        super("Stripe", clock);
        StripeClient.StripeClientBuilder builder = StripeClient.builder()
                .setApiKey(apiKey)
                .setMaxNetworkRetries(0)
                .setConnectTimeout((int) connectTimeout.toMillis())
                .setReadTimeout((int) timeout.toMillis());
        if (settings.baseUrl() != null) {
            builder.setApiBase(settings.baseUrl());
        }
        this.stripe = apiKey == null ? null : builder.build();
    }

    /** Reads the account's balance: the cheapest call a valid secret key may make. */
    @Override
    public LiveCheck check() {
        return liveCheck(() -> {
            call("balance", () -> stripe.v1().balance().retrieve());
            return "Stripe accepted the key";
        });
    }

    @Override
    public Refund issueRefund(String tenantId, String orderId, Money amount, String reason, String idempotencyKey) {
        com.stripe.model.Refund refund = refund(orderId, amount, "refund", reason, idempotencyKey);
        return new Refund(refund.getId(), orderId, amount, reason, Instant.ofEpochSecond(refund.getCreated()));
    }

    @Override
    public Discount applyDiscount(String tenantId, String orderId, Money amount, String reason, String idempotencyKey) {
        // goodwill is money back, so in Stripe it is a refund, marked as goodwill for the books
        com.stripe.model.Refund refund = refund(orderId, amount, "goodwill", reason, idempotencyKey);
        return new Discount(refund.getId(), orderId, amount, reason, Instant.ofEpochSecond(refund.getCreated()));
    }

    private com.stripe.model.Refund refund(String orderId, Money amount, String kind, String reason, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 255) {
            throw new IllegalArgumentException("A Stripe refund needs an idempotency key of at most 255 characters");
        }
        if (amount == null || !amount.isPositive()) {
            throw new ConnectorRejection("invalid_amount", "A refund must be a positive amount");
        }
        PaymentIntent payment = paymentOf(orderId);
        if (!amount.currency().equalsIgnoreCase(payment.getCurrency())) {
            throw new ConnectorRejection("currency_mismatch", "Order " + orderId + " was paid in " + payment.getCurrency().toUpperCase(Locale.ROOT)
                    + ", the refund is in " + amount.currency());
        }
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(payment.getId())
                .setAmount(minorUnits(amount))
                .setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER)
                .putMetadata("order_id", orderId)
                .putMetadata("resolver_kind", kind)
                .putMetadata("resolver_reason", reason == null ? "" : reason.length() > 500 ? reason.substring(0, 500) : reason)
                .build();
        RequestOptions options = RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
        return call("refunds.create", () -> stripe.v1().refunds().create(params, options));
    }

    /** The order's succeeded payment, searched page by page (earlier failed attempts at paying may come first). */
    private PaymentIntent paymentOf(String orderId) {
        if (orderId == null || !ORDER_ID.matcher(orderId).matches()) {
            throw new ConnectorRejection("payment_not_found", "No Stripe payment can be searched for order " + orderId);
        }
        String page = null;
        for (int pages = 0; pages < SEARCH_PAGES; pages++) {
            PaymentIntentSearchParams.Builder search = PaymentIntentSearchParams.builder().setQuery("metadata['order_id']:'" + orderId + "'")
                    .setLimit(20L);
            if (page != null) {
                search.setPage(page);
            }
            PaymentIntentSearchParams params = search.build();
            StripeSearchResult<PaymentIntent> found = call("paymentIntents.search", () -> stripe.v1().paymentIntents().search(params));
            Optional<PaymentIntent> paid = found.getData().stream().filter(p -> "succeeded".equals(p.getStatus())).findFirst();
            if (paid.isPresent()) {
                return paid.get();
            }
            if (!Boolean.TRUE.equals(found.getHasMore()) || found.getNextPage() == null) {
                break;
            }
            page = found.getNextPage();
        }
        throw new ConnectorRejection("payment_not_found", "Stripe has no succeeded payment for order " + orderId);
    }

    static long minorUnits(Money amount) {
        String currency = amount.currency().toUpperCase(Locale.ROOT);
        int scale = ZERO_DECIMAL.contains(currency) ? 0 : THREE_DECIMAL.contains(currency) ? 3 : 2;
        BigDecimal minor = amount.amount().movePointRight(scale);
        if (minor.stripTrailingZeros().scale() > 0) {
            throw new ConnectorRejection("invalid_amount", amount.amount() + " " + currency + " is not a whole number of the currency's units");
        }
        return minor.longValueExact();
    }

    private interface StripeCall<T> {
        T call() throws StripeException;
    }

    private <T> T call(String operation, StripeCall<T> call) {
        if (stripe == null) {
            throw new Unauthorized("No Stripe API key is stored for this tenant (secret stripe.api-key)");
        }
        try {
            return call.call();
        } catch (StripeException e) {
            throw StripeFailures.of(operation, e);
        }
    }
}
