package io.commerceresolver.playbook.tools;

import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.Product;

/** Sets a product's stock count to what the seller counted. */
public final class UpdateInventory extends CatalogueWrite<StockCount> {

    @Override
    public String name() {
        return "update_inventory";
    }

    @Override
    public Class<StockCount> requestType() {
        return StockCount.class;
    }

    @Override
    StockCount request(CatalogueEdit edit, Product current) {
        return new StockCount(edit.sku(), edit.stock());
    }

    @Override
    public Product call(CommerceConnector store, String tenantId, StockCount request, String idempotencyKey) {
        return store.updateInventory(tenantId, request.sku(), request.stock(), idempotencyKey);
    }
}
