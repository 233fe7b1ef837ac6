package io.commerceresolver.playbook.tools;

import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.Product;
import io.commerceresolver.playbook.Proposal;

/**
 * Starts, changes or ends a product's promotion. A promotion changes what buyers pay, so the rules judge it as a
 * price change: from the price paid now to the price paid under the promotion, and the margin that leaves.
 */
public final class SetPromoStatus extends CatalogueWrite<PromotionChange> {

    @Override
    public String name() {
        return "set_promo_status";
    }

    @Override
    public Class<PromotionChange> requestType() {
        return PromotionChange.class;
    }

    @Override
    PromotionChange request(CatalogueEdit edit, Product current) {
        Proposal proposal = edit.proposal(current);
        return new PromotionChange(edit.sku(), edit.percentOff(), proposal.amount(), proposal.price());
    }

    @Override
    public Proposal proposal(PromotionChange request) {
        return new Proposal(request.sellingPrice(), request.change());
    }

    @Override
    public Product call(CommerceConnector store, String tenantId, PromotionChange request, String idempotencyKey) {
        return store.setPromotion(tenantId, request.sku(), request.percentOff(), idempotencyKey);
    }
}
