package io.commerceresolver.playbook.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.commerceresolver.playbook.MessageModel;
import io.commerceresolver.playbook.Tool;

/** The seller's two catalogue messages render from the model alone, each kind of change in its own words. */
class CatalogueMessagesTest {

    private final MustacheMessageTemplates templates = new MustacheMessageTemplates();

    @Test
    void aPriceChangeIsToldWithTheNewPrice() {
        Tool.Message message = templates.render("catalogue_changed", "en", model(new MessageModel.Catalogue("TEE-ORG-BLK-M", "Crew Tee",
                new BigDecimal("26.50"), "USD", null, new BigDecimal("26.50"), 140, true, false, false, false, false), List.of()));

        assertThat(message.subject()).isEqualTo("SKU TEE-ORG-BLK-M is now priced at 26.50 USD");
        assertThat(message.body()).contains("We have changed the price of Crew Tee (TEE-ORG-BLK-M) to 26.50 USD").contains("ticket T-1");
    }

    @Test
    void aPromotionIsToldWithWhatBuyersPay() {
        Tool.Message message = templates.render("catalogue_changed", "en", model(new MessageModel.Catalogue("HOOD-FLC-GRY-L", "Hoodie",
                new BigDecimal("60.00"), "USD", new BigDecimal("15"), new BigDecimal("51.00"), 48, false, true, false, false, false), List.of()));

        assertThat(message.subject()).isEqualTo("SKU HOOD-FLC-GRY-L now runs 15 % off");
        assertThat(message.body()).contains("buyers pay 51.00 USD instead of 60.00 USD");
    }

    @Test
    void aDeclinedChangeIsToldWithItsReasons() {
        Tool.Message message = templates.render("catalogue_declined", "en", model(new MessageModel.Catalogue("ABC-XYZ-123", null, null,
                null, null, null, null, true, false, false, false, false), List.of("There is no product with SKU ABC-XYZ-123 in the catalogue")));

        assertThat(message.subject()).isEqualTo("About your catalogue change to SKU ABC-XYZ-123");
        assertThat(message.body()).contains("- There is no product with SKU ABC-XYZ-123 in the catalogue", "Nothing in your catalogue was changed");
    }

    private static MessageModel model(MessageModel.Catalogue catalogue, List<String> reasons) {
        return new MessageModel("T-1", null, null, null, null, null, null, null, null, null, null, false, false, false, false, null, null, reasons,
                catalogue);
    }
}
