package io.commerceresolver.changeset;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import io.commerceresolver.playbook.tools.CatalogueEdit;

/** What one operation of a changeset changes in the catalogue, each made by the tool the single-SKU playbook uses. */
public enum OperationKind {
    PRICE(CatalogueEdit.Kind.PRICE),
    PROMOTION(CatalogueEdit.Kind.PROMOTION),
    STOCK(CatalogueEdit.Kind.STOCK);

    private final CatalogueEdit.Kind edit;

    OperationKind(CatalogueEdit.Kind edit) {
        this.edit = edit;
    }

    /** As the API writes it: {@code price}, {@code promotion}, {@code stock}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The operation the rules are asked about, and the tool that makes it ({@code update_price}, ...). */
    public String operation() {
        return edit.operation();
    }

    CatalogueEdit.Kind edit() {
        return edit;
    }

    public static Optional<OperationKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst();
    }
}
