package io.commerceresolver.playbook.tools;

import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.Product;
import io.commerceresolver.playbook.Proposal;

/** Sets a product's price; the rules judge how far it moves and the margin it leaves. */
public final class UpdatePrice extends CatalogueWrite<PriceUpdate> {

    @Override
    public String name() {
        return "update_price";
    }

    @Override
    public Class<PriceUpdate> requestType() {
        return PriceUpdate.class;
    }

    @Override
    PriceUpdate request(CatalogueEdit edit, Product current) {
        Proposal proposal = edit.proposal(current);
        return new PriceUpdate(edit.sku(), proposal.amount(), proposal.price());
    }

    @Override
    public Proposal proposal(PriceUpdate request) {
        return new Proposal(request.newPrice(), request.change());
    }

    @Override
    public Product call(CommerceConnector store, String tenantId, PriceUpdate request, String idempotencyKey) {
        return store.updatePrice(tenantId, request.sku(), request.newPrice(), idempotencyKey);
    }
}
