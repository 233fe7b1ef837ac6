package io.commerceresolver.changeset.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.commerceresolver.changeset.ChangesetRequest;
import io.commerceresolver.changeset.Conversation;
import io.commerceresolver.changeset.OperationKind;
import io.commerceresolver.changeset.OperationSpec;
import io.commerceresolver.system.BadRequest;

/**
 * {@code POST /api/v1/changesets}: the operations, each {@code {"sku","kind":"price|promotion|stock", ...}} with
 * {@code price} (or {@code adjustPercent}, signed) for a price, {@code percentOff} (null or absent ends the running
 * promotion) for a promotion, {@code stock} for a stock count; a {@code note}; the voice front end's {@code context}.
 */
public record ChangesetJson(List<OperationJson> operations, String note, ContextJson context) {

    private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,99}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public record OperationJson(String sku, String kind, BigDecimal price, String currency, BigDecimal adjustPercent,
                                BigDecimal percentOff, Integer stock) {
    }

    public record ContextJson(BigDecimal stress, Integer sessionMinutes, Boolean voiceOptOut, String sessionId) {
    }

    private static final int MOST_DECIMALS = 4;
    private static final int MOST_WHOLE_DIGITS = 12;

    public ChangesetRequest toRequest() {
        if (operations == null) {
            throw new BadRequest("operations", "Field 'operations' is required: the list of catalogue operations to make");
        }
        if (operations.size() > ChangesetRequest.MOST_OPERATIONS) {
            throw new BadRequest("operations", "A changeset holds at most " + ChangesetRequest.MOST_OPERATIONS + " operations, not "
                    + operations.size());
        }
        List<OperationSpec> specs = new ArrayList<>(operations.size());
        for (int i = 0; i < operations.size(); i++) {
            specs.add(spec(operations.get(i), "operations[" + i + "]"));
        }
        return new ChangesetRequest(specs, note == null || note.isBlank() ? null : note.strip(), conversation());
    }

    private static OperationSpec spec(OperationJson operation, String at) {
        if (operation == null) {
            throw new BadRequest(at, "Operation " + at + " is empty");
        }
        if (operation.sku() == null || !SKU.matcher(operation.sku()).matches()) {
            throw new BadRequest(at + ".sku", "Field '" + at + ".sku' must be a product code (letters, digits, . _ / -; up to 100)");
        }
        OperationKind kind = OperationKind.fromCode(operation.kind()).orElseThrow(() -> new BadRequest(at + ".kind",
                "Field '" + at + ".kind' must be one of price, promotion, stock"));
        plain(operation.price(), at + ".price");
        plain(operation.adjustPercent(), at + ".adjustPercent");
        plain(operation.percentOff(), at + ".percentOff");
        if (operation.currency() != null && !CURRENCY.matcher(operation.currency()).matches()) {
            throw new BadRequest(at + ".currency", "Field '" + at + ".currency' must be a three-letter ISO 4217 code");
        }
        return switch (kind) {
            case PRICE -> price(operation, at);
            case PROMOTION -> {
                only(operation.price() == null && operation.adjustPercent() == null && operation.stock() == null, at, "percentOff");
                yield OperationSpec.promotion(operation.sku(), operation.percentOff());
            }
            case STOCK -> {
                only(operation.price() == null && operation.adjustPercent() == null && operation.percentOff() == null, at, "stock");
                if (operation.stock() == null) {
                    throw new BadRequest(at + ".stock", "Field '" + at + ".stock' is required for a stock count");
                }
                yield OperationSpec.stock(operation.sku(), operation.stock());
            }
        };
    }

    private static OperationSpec price(OperationJson operation, String at) {
        only(operation.percentOff() == null && operation.stock() == null, at, "price or adjustPercent");
        if ((operation.price() == null) == (operation.adjustPercent() == null)) {
            throw new BadRequest(at + ".price", "A price operation names either 'price' (the new price) or 'adjustPercent' "
                    + "(e.g. -15 for 15 % lower), not both or neither");
        }
        if (operation.adjustPercent() != null) {
            BigDecimal percent = operation.adjustPercent();
            if (percent.signum() == 0 || percent.compareTo(HUNDRED.negate()) <= 0 || percent.compareTo(BigDecimal.valueOf(1000)) > 0) {
                throw new BadRequest(at + ".adjustPercent", "Field '" + at + ".adjustPercent' must be more than -100 and at most 1000, "
                        + "and not 0");
            }
            return OperationSpec.adjustPrice(operation.sku(), percent);
        }
        return new OperationSpec(OperationKind.PRICE, operation.sku(), operation.price(), operation.currency(), null, null, null);
    }

    /**
     * A number as people write prices and percentages: at most 12 digits before the point and 4 after. 1E+9999999
     * parses, and scaling it to cents would keep a core busy for seconds per operation.
     */
    private static void plain(BigDecimal number, String field) {
        if (number != null && (number.scale() > MOST_DECIMALS || number.precision() - number.scale() > MOST_WHOLE_DIGITS)) {
            throw new BadRequest(field, "Field '" + field + "' must be a plain number with at most " + MOST_WHOLE_DIGITS
                    + " digits before the point and " + MOST_DECIMALS + " after");
        }
    }

    private static void only(boolean nothingElse, String at, String field) {
        if (!nothingElse) {
            throw new BadRequest(at, "Operation " + at + " names fields its kind does not take; it takes '" + field + "'");
        }
    }

    private Conversation conversation() {
        return context == null ? null : new Conversation(context.stress(), context.sessionMinutes(), context.voiceOptOut(), context.sessionId());
    }
}
