package io.commerceresolver.playbook.tools;

import io.commerceresolver.connector.Capability;
import io.commerceresolver.connector.Product;
import io.commerceresolver.playbook.RunContext;
import io.commerceresolver.playbook.RunState;
import io.commerceresolver.playbook.Tool;

/**
 * A write to the catalogue: made from the run's catalogue change and the product as the run first read it, answered
 * with the product as the store then has it. The request carries what the rules were shown, so the call is judged
 * again on the same figures when it is made.
 */
abstract class CatalogueWrite<Q> implements Tool<Q, Product> {

    @Override
    public Capability capability() {
        return Capability.CATALOGUE;
    }

    @Override
    public final Class<Product> responseType() {
        return Product.class;
    }

    @Override
    public final Q request(RunContext run, Message message) {
        RunState.ProductRead before = run.state().getProductBefore();
        return request(edit(run), before == null ? null : before.product());
    }

    /** The request for {@code edit}, on the product as first read (null for a new product). */
    abstract Q request(CatalogueEdit edit, Product current);

    @Override
    public final void record(RunState state, String step, Product changed) {
        state.setProductChanged(changed);
    }

    static CatalogueEdit edit(RunContext run) {
        if (!(run.plan() instanceof CatalogueEdit.Asked asked) || asked.edit() == null) {
            throw new IllegalStateException("Run " + run.run().id() + " plans no catalogue change");
        }
        return asked.edit();
    }
}
