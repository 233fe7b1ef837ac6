package io.commerceresolver.playbook.tools;

import io.commerceresolver.connector.Capability;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.playbook.RunContext;
import io.commerceresolver.playbook.RunState;
import io.commerceresolver.playbook.Tool;

/**
 * Reads the product the run's catalogue change is about: first to know it (a SKU the catalogue lacks reads as none,
 * which is what a new product must be), and again at step {@value GetOrder#READ_BACK} to verify the write.
 */
public final class GetProduct implements Tool<ProductQuery, RunState.ProductRead> {

    @Override
    public String name() {
        return "get_product";
    }

    @Override
    public Capability capability() {
        return Capability.CATALOGUE;
    }

    @Override
    public Class<ProductQuery> requestType() {
        return ProductQuery.class;
    }

    @Override
    public Class<RunState.ProductRead> responseType() {
        return RunState.ProductRead.class;
    }

    @Override
    public String nothingToDo(RunContext run) {
        return CatalogueWrite.edit(run).sku() == null ? "The ticket names no product code (SKU)" : null;
    }

    @Override
    public ProductQuery request(RunContext run, Message message) {
        return new ProductQuery(CatalogueWrite.edit(run).sku());
    }

    @Override
    public RunState.ProductRead call(CommerceConnector store, String tenantId, ProductQuery request, String idempotencyKey) {
        return new RunState.ProductRead(request.sku(), store.getProduct(tenantId, request.sku()).orElse(null));
    }

    @Override
    public void record(RunState state, String step, RunState.ProductRead read) {
        // read_back, and read_back_again after a repair: the product as the run's write left it
        if (step.startsWith(GetOrder.READ_BACK)) {
            state.setProductAfter(read);
        } else {
            state.setProductBefore(read);
        }
    }
}
