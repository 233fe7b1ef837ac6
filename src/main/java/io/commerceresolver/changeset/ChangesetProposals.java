package io.commerceresolver.changeset;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.commerceresolver.intent.Amount;
import io.commerceresolver.intent.Entities;
import io.commerceresolver.intent.ExtractedIntent;
import io.commerceresolver.intent.IntentExtractor;
import io.commerceresolver.intent.TicketText;
import io.commerceresolver.system.BadRequest;

/**
 * A sentence ("put SKU-1 and SKU-2 on 20 % promotion") turned into a proposed changeset by the ticket reader. The
 * reader only reads: what it found becomes operations, which are built and decided like any others, and nothing
 * happens until the person who asked confirms the changeset (POST /api/v1/changesets/{id}/confirm). A reading that
 * names no SKU, no catalogue change, or a percentage without saying up or down proposes nothing, and says why.
 */
public class ChangesetProposals {

    public static final int MAX_TEXT = 20_000;
    private static final int NOTE_CHARACTERS = 300;
    /** A changeset operation's SKU column holds 100 characters; a longer "SKU" is no product code. */
    private static final int MOST_SKU = 100;

    private final IntentExtractor reader;
    private final ChangesetBuilder builder;

    public ChangesetProposals(IntentExtractor reader, ChangesetBuilder builder) {
        this.reader = reader;
        this.builder = builder;
    }

    public Changeset propose(String tenantId, String requestedBy, String idempotencyKey, String text) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new BadRequest("text", "Field 'text' must say what to change, in 1 to " + MAX_TEXT + " characters");
        }
        ExtractedIntent reading = reader.extract(new TicketText(tenantId, null, text));
        List<OperationSpec> operations = operations(reading);
        String note = "Proposed by the " + reading.extractor() + " reader from: "
                + (text.length() > NOTE_CHARACTERS ? text.substring(0, NOTE_CHARACTERS) + "…" : text.strip());
        return builder.build(tenantId, requestedBy, idempotencyKey, new ChangesetRequest(operations, note, null));
    }

    /** The operations the reading names: one per SKU, each the change the reading found. */
    static List<OperationSpec> operations(ExtractedIntent reading) {
        Entities named = reading.entities();
        Set<String> skus = new LinkedHashSet<>(named.skus());
        if (named.product() != null && named.product().sku() != null) {
            skus.add(named.product().sku());
        }
        skus.removeIf(sku -> sku.length() > MOST_SKU);
        if (skus.isEmpty()) {
            throw new BadRequest("text", "The reader found no product code (SKU) in the text; name the SKUs to change");
        }
        List<OperationSpec> operations = new ArrayList<>();
        for (String sku : skus) {
            operations.add(switch (reading.intent()) {
                case PRICE_CHANGE -> price(sku, named);
                case PROMO_CHANGE -> promotion(sku, named);
                case INVENTORY_UPDATE -> stock(sku, named);
                default -> throw new BadRequest("text", "The reader read this as '" + reading.intent().code()
                        + "', not a change of prices, promotions or stock");
            });
        }
        return operations;
    }

    private static OperationSpec price(String sku, Entities named) {
        Amount price = named.requestedPrice();
        if (price == null) {
            // "3 % on these" does not say up or down, and a reader's guess is not a price change anyone asked for
            throw new BadRequest("text", "The reader found no new price" + (named.requestedPercentage() == null ? ""
                    : ", only a percentage that does not say up or down") + "; name the new price, or send the operations with "
                    + "'adjustPercent' (-15 for 15 % lower) to POST /api/v1/changesets");
        }
        return new OperationSpec(OperationKind.PRICE, sku, price.value(), price.currency(), null, null, null);
    }

    private static OperationSpec promotion(String sku, Entities named) {
        if (named.requestedPercentage() == null) {
            // no percentage is not "end the promotion": that is asked for in so many words, through the API
            throw new BadRequest("text", "The reader found no percentage off in the text; say how much off");
        }
        return OperationSpec.promotion(sku, named.requestedPercentage());
    }

    private static OperationSpec stock(String sku, Entities named) {
        Integer count = named.product() == null ? null : named.product().quantity();
        if (count == null) {
            throw new BadRequest("text", "The reader found no stock count in the text; say how many are in stock");
        }
        return OperationSpec.stock(sku, count);
    }
}
