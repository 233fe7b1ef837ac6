package io.commerceresolver.playbook.tools;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.commerceresolver.connector.Money;
import io.commerceresolver.connector.Product;
import io.commerceresolver.playbook.PriceChange;
import io.commerceresolver.playbook.Proposal;

/**
 * One change a seller's ticket asks of their catalogue: which product (by SKU), what kind of change, and the new
 * value as the ticket names it. What would make it impossible, what the rules are shown, and whether the store shows
 * it done are worked out here against the product as the store has it.
 *
 * @param price      the new price (PRICE), or the new product's price (NEW_PRODUCT)
 * @param currency   the price's currency as the ticket writes it; null when it names none (the product's is meant)
 * @param percentOff the promotion's percentage off (PROMOTION); null ends the running promotion
 * @param stock      the stock count to set (STOCK), or the new product's opening stock (NEW_PRODUCT, 0 when null)
 */
public record CatalogueEdit(Kind kind, String sku, BigDecimal price, String currency, BigDecimal percentOff, Integer stock,
                            String title, String category) {

    /** The kinds of change, each the tool that makes it (rules/tool-permissions.dmn names them for a merchandiser). */
    public enum Kind {
        PRICE("update_price", "price_change"),
        PROMOTION("set_promo_status", "promo_change"),
        STOCK("update_inventory", "inventory_update"),
        NEW_PRODUCT("create_product", "product_create");

        private final String operation;
        private final String intent;

        Kind(String operation, String intent) {
            this.operation = operation;
            this.intent = intent;
        }

        public String operation() {
            return operation;
        }

        /** The kind of change a ticket read as {@code intent} asks for; null for an intent that is no catalogue change. */
        public static Kind forIntent(String intent) {
            for (Kind kind : values()) {
                if (kind.intent.equals(intent)) {
                    return kind;
                }
            }
            return null;
        }
    }

    /** A plan that names a catalogue change. */
    public interface Asked {
        CatalogueEdit edit();
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Map<Kind, String> CHECKS = Map.of(Kind.PRICE, "product shows the new price", Kind.PROMOTION,
            "product shows the promotion asked for", Kind.STOCK, "product shows the new stock count", Kind.NEW_PRODUCT,
            "new product is in the catalogue");

    /** Why the change cannot be made to {@code current} (null: the catalogue has no such SKU), one sentence each. */
    public List<String> problems(Product current) {
        if (kind == null) {
            return List.of("The ticket asks for no catalogue change this playbook makes");
        }
        if (sku == null) {
            return List.of("The ticket names no product code (SKU)");
        }
        if (kind == Kind.NEW_PRODUCT) {
            return current != null ? List.of("SKU " + sku + " is already in the catalogue (" + current.title() + ")") : newProductProblems();
        }
        if (current == null) {
            return List.of("There is no product with SKU " + sku + " in the catalogue");
        }
        return switch (kind) {
            case PRICE -> priceProblems(current);
            case PROMOTION -> promotionProblems(current);
            case STOCK -> stock == null ? List.of("The ticket names no stock count for SKU " + sku)
                    : stock < 0 ? List.of("A stock count cannot be below zero (" + stock + ")")
                    : stock == current.stock() ? List.of("SKU " + sku + " already has " + stock + " in stock") : List.of();
            case NEW_PRODUCT -> throw new IllegalStateException("handled above");
        };
    }

    private List<String> priceProblems(Product current) {
        if (price == null) {
            return List.of("The ticket names no new price for SKU " + sku);
        }
        List<String> problems = new ArrayList<>();
        if (currency != null && !currency.equals(current.currency())) {
            problems.add("The new price is in " + currency + "; SKU " + sku + " is priced in " + current.currency());
        }
        if (price.signum() <= 0) {
            problems.add("A price must be more than nothing");
        } else if (price.compareTo(current.price()) == 0) {
            problems.add("SKU " + sku + " is already priced at " + current.price().toPlainString());
        }
        return problems;
    }

    private List<String> promotionProblems(Product current) {
        if (percentOff == null) {
            return current.onPromotion() ? List.of()
                    : List.of("The ticket names no percentage off, and SKU " + sku + " runs no promotion to end");
        }
        if (percentOff.signum() <= 0 || percentOff.compareTo(HUNDRED) >= 0) {
            return List.of("A promotion takes more than 0 and less than 100 % off, not " + percentOff.toPlainString() + " %");
        }
        return current.onPromotion() && percentOff.compareTo(current.promoPercentOff()) == 0
                ? List.of("SKU " + sku + " already runs " + percentOff.toPlainString() + " % off") : List.of();
    }

    private List<String> newProductProblems() {
        List<String> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add("The ticket names no title for the new product " + sku);
        }
        if (price == null || price.signum() <= 0) {
            problems.add("The ticket names no price for the new product " + sku);
        } else if (currency == null) {
            problems.add("The ticket names no currency for the new product's price");
        }
        if (stock != null && stock < 0) {
            problems.add("A stock count cannot be below zero (" + stock + ")");
        }
        return problems;
    }

    /** The currency the new price is in: the one the ticket writes, else the product's. */
    public String currencyFor(Product current) {
        return currency != null ? currency : current == null ? null : current.currency();
    }

    /** What the rules are shown: the price buyers would pay after the change, and how it moves from before. */
    public Proposal proposal(Product current) {
        return switch (kind) {
            case PRICE -> new Proposal(new Money(price, currencyFor(current)), new PriceChange(sku, current.price(), price, current.cost()));
            case PROMOTION -> {
                BigDecimal after = current.sellingPrice(percentOff);
                yield new Proposal(new Money(after, current.currency()),
                        new PriceChange(sku, current.sellingPrice(), after, current.cost()));
            }
            case STOCK -> Proposal.NONE;
            case NEW_PRODUCT -> new Proposal(new Money(price, currency), new PriceChange(sku, null, price, null));
        };
    }

    /** What the check after the write is called, as the story and the run show it. */
    public String check() {
        return CHECKS.get(kind);
    }

    /** Whether the product as read back shows the change made. */
    public boolean shownBy(Product after) {
        if (after == null) {
            return false;
        }
        return switch (kind) {
            case PRICE -> after.price().compareTo(price) == 0;
            case PROMOTION -> percentOff == null ? !after.onPromotion() : after.onPromotion() && after.promoPercentOff().compareTo(percentOff) == 0;
            case STOCK -> after.stock() == stock;
            case NEW_PRODUCT -> after.price().compareTo(price) == 0 && Objects.equals(after.title(), title.strip())
                    && after.stock() == openingStock();
        };
    }

    /** The figure the check compares: the price, the percentage off or the stock count asked for. */
    public BigDecimal expected() {
        return switch (kind) {
            case PRICE, NEW_PRODUCT -> price;
            case PROMOTION -> percentOff;
            case STOCK -> BigDecimal.valueOf(stock);
        };
    }

    /** The same figure as the store shows it; null when it shows no product. */
    public BigDecimal shown(Product after) {
        if (after == null) {
            return null;
        }
        return switch (kind) {
            case PRICE, NEW_PRODUCT -> after.price();
            case PROMOTION -> after.promoPercentOff();
            case STOCK -> BigDecimal.valueOf(after.stock());
        };
    }

    public int openingStock() {
        return stock == null ? 0 : stock;
    }
}
