package io.commerceresolver.playbook.process;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.commerceresolver.connector.Product;
import io.commerceresolver.playbook.Plan;
import io.commerceresolver.playbook.PlaybookDeclaration;
import io.commerceresolver.playbook.Proposal;
import io.commerceresolver.playbook.RunState;
import io.commerceresolver.playbook.TicketFacts;
import io.commerceresolver.playbook.tools.CatalogueEdit;

/**
 * processes/catalogue_change.bpmn: a seller's change to their own catalogue (a price, a promotion, a stock count, a
 * new product). The resolver acts as the store's merchandiser; the rules judge each write by how far it moves the
 * price buyers pay and the margin it leaves, and a large move or a thin margin waits for a senior approver.
 */
@Component
public class CatalogueChange implements PlaybookDeclaration<CatalogueChange.CataloguePlan> {

    /** A catalogue change works on a product, never an order; writes to one product take turns. */
    public record CataloguePlan(CatalogueEdit edit, String requesterEmail) implements Plan, CatalogueEdit.Asked {

        @Override
        public String orderId() {
            return null;
        }

        @Override
        public String lockKey() {
            return "sku:" + edit.sku();
        }

        @Override
        public String subject() {
            return "SKU " + edit.sku();
        }
    }

    @Override
    public String name() {
        return "catalogue_change";
    }

    @Override
    public Set<String> tools() {
        return Set.of("get_product", "update_price", "set_promo_status", "update_inventory", "create_product", "send_notification");
    }

    @Override
    public Class<CataloguePlan> planType() {
        return CataloguePlan.class;
    }

    /**
     * The product is the one the ticket's product fields name, else the first SKU it names; the new value is the
     * price, the percentage or the stock count the reader found. A price change names a new price: "10 % less" is
     * not one the reader can tell up from down.
     */
    @Override
    public CataloguePlan plan(TicketFacts ticket) {
        TicketFacts.ProductAsk product = ticket.product();
        String sku = product != null && product.sku() != null ? product.sku() : ticket.skus().isEmpty() ? null : ticket.skus().get(0);
        CatalogueEdit.Kind kind = CatalogueEdit.Kind.forIntent(ticket.intent());
        CatalogueEdit edit = kind == CatalogueEdit.Kind.NEW_PRODUCT && product != null
                ? new CatalogueEdit(kind, sku, product.price(), product.currency(), null, product.stock(), product.title(), product.category())
                : new CatalogueEdit(kind, sku, ticket.requestedPrice(), ticket.requestedPriceCurrency(),
                        kind == CatalogueEdit.Kind.PROMOTION ? ticket.requestedPercentage() : null,
                        product == null ? null : product.stock(), null, null);
        return new CataloguePlan(edit, ticket.requesterEmail());
    }

    /** The store's merchandiser runs the catalogue (rules/tool-permissions.dmn); a support agent may not. */
    @Override
    public String actsAs() {
        return "merchandiser";
    }

    @Override
    public boolean readsAnOrder() {
        return false;
    }

    /** A ticket sent here under another intent asks for no change; problems() declines it before any write is named. */
    @Override
    public String plannedOperation(CataloguePlan plan) {
        CatalogueEdit.Kind kind = plan.edit().kind();
        return kind == null ? CatalogueEdit.Kind.PRICE.operation() : kind.operation();
    }

    @Override
    public List<String> problems(String operation, CataloguePlan plan, RunState state) {
        return plan.edit().problems(current(state));
    }

    /** The price buyers pay before and after, and the cost: the rules work out the change's size and margin. */
    @Override
    public Proposal propose(String tool, CataloguePlan plan, RunState state) {
        return plan.edit().proposal(current(state));
    }

    private static Product current(RunState state) {
        RunState.ProductRead read = state.getProductBefore();
        return read == null ? null : read.product();
    }
}
