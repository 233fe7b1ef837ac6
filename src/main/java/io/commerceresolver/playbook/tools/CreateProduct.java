package io.commerceresolver.playbook.tools;

import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.Money;
import io.commerceresolver.connector.NewProduct;
import io.commerceresolver.connector.Product;
import io.commerceresolver.playbook.PriceChange;
import io.commerceresolver.playbook.Proposal;

/** Lists a new product as the seller's ticket names it; the rules see its price (it has no cost yet to judge a margin by). */
public final class CreateProduct extends CatalogueWrite<NewProduct> {

    @Override
    public String name() {
        return "create_product";
    }

    @Override
    public Class<NewProduct> requestType() {
        return NewProduct.class;
    }

    @Override
    NewProduct request(CatalogueEdit edit, Product current) {
        return new NewProduct(edit.sku(), edit.title().strip(), new Money(edit.price(), edit.currency()), edit.openingStock(),
                edit.category());
    }

    @Override
    public Proposal proposal(NewProduct request) {
        return new Proposal(request.price(), new PriceChange(request.sku(), null, request.price().amount(), null));
    }

    @Override
    public Product call(CommerceConnector store, String tenantId, NewProduct request, String idempotencyKey) {
        return store.createProduct(tenantId, request, idempotencyKey);
    }
}
