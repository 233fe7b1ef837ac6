package io.commerceresolver.playbook.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.commerceresolver.connector.Money;
import io.commerceresolver.connector.Product;
import io.commerceresolver.playbook.PriceChange;
import io.commerceresolver.playbook.Proposal;
import io.commerceresolver.playbook.tools.CatalogueEdit.Kind;

/** What makes a seller's catalogue change impossible, and what the rules are shown of a possible one. */
class CatalogueEditTest {

    private static final Product HOODIE = new Product("HOOD-FLC-GRY-L", "Midweight Fleece Hoodie", new BigDecimal("60.00"),
            new BigDecimal("21.50"), "USD", null, 48, "Apparel");

    @Test
    void aStockCountBelowZeroIsImpossible() {
        assertThat(stock(-3).problems(HOODIE)).containsExactly("A stock count cannot be below zero (-3)");
        assertThat(stock(null).problems(HOODIE)).containsExactly("The ticket names no stock count for SKU HOOD-FLC-GRY-L");
        assertThat(stock(20).problems(HOODIE)).isEmpty();
    }

    @Test
    void aChangeToASkuTheCatalogueLacksIsImpossible() {
        assertThat(price("55", null).problems(null)).containsExactly("There is no product with SKU HOOD-FLC-GRY-L in the catalogue");
        assertThat(new CatalogueEdit(Kind.PRICE, null, new BigDecimal("55"), null, null, null, null, null).problems(null))
                .containsExactly("The ticket names no product code (SKU)");
    }

    @Test
    void aPriceInAnotherCurrencyOrTheSamePriceIsImpossible() {
        assertThat(price("4999", "INR").problems(HOODIE)).containsExactly("The new price is in INR; SKU HOOD-FLC-GRY-L is priced in USD");
        assertThat(price("60", "USD").problems(HOODIE)).containsExactly("SKU HOOD-FLC-GRY-L is already priced at 60.00");
        assertThat(price("55", null).problems(HOODIE)).as("no currency named: the product's").isEmpty();
    }

    @Test
    void endingAPromotionNeedsOneRunning() {
        CatalogueEdit end = new CatalogueEdit(Kind.PROMOTION, "HOOD-FLC-GRY-L", null, null, null, null, null, null);
        assertThat(end.problems(HOODIE)).containsExactly("The ticket names no percentage off, and SKU HOOD-FLC-GRY-L runs no promotion to end");
        Product onSale = new Product("HOOD-FLC-GRY-L", "Hoodie", new BigDecimal("60.00"), new BigDecimal("21.50"), "USD",
                new BigDecimal("15"), 48, null);
        assertThat(end.problems(onSale)).isEmpty();
        assertThat(end.proposal(onSale).price()).as("the price buyers pay goes back up")
                .isEqualTo(new PriceChange("HOOD-FLC-GRY-L", new BigDecimal("51.00"), new BigDecimal("60.00"), new BigDecimal("21.50")));
    }

    @Test
    void aPriceChangeShowsTheRulesTheOldAndNewPriceAndTheCost() {
        Proposal proposal = price("75", "USD").proposal(HOODIE);

        assertThat(proposal.amount()).isEqualTo(Money.of("75", "USD"));
        assertThat(proposal.price().changePercent()).isEqualByComparingTo("25.0");
        assertThat(proposal.price().marginPercent()).isEqualByComparingTo("71.3");
        assertThat(proposal.price().described()).isEqualTo("60.00 to 75.00 (+25.0 %), margin 71.3 %");
    }

    @Test
    void aNewProductNeedsATitleAPriceAndItsCurrency() {
        CatalogueEdit bare = new CatalogueEdit(Kind.NEW_PRODUCT, "TOTE-ORG-NAT", new BigDecimal("18"), null, null, null, " ", null);
        assertThat(bare.problems(null)).containsExactly("The ticket names no title for the new product TOTE-ORG-NAT",
                "The ticket names no currency for the new product's price");
        assertThat(bare.problems(HOODIE)).singleElement().asString().startsWith("SKU TOTE-ORG-NAT is already in the catalogue");
    }

    private static CatalogueEdit stock(Integer count) {
        return new CatalogueEdit(Kind.STOCK, "HOOD-FLC-GRY-L", null, null, null, count, null, null);
    }

    private static CatalogueEdit price(String amount, String currency) {
        return new CatalogueEdit(Kind.PRICE, "HOOD-FLC-GRY-L", new BigDecimal(amount), currency, null, null, null, null);
    }
}
