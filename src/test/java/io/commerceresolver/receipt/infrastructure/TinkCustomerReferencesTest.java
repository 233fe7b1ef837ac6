package io.commerceresolver.receipt.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.commerceresolver.receipt.CustomerReferences;

/** A customer's reference: the same for one address however written, another for another tenant or key, none without a key. */
class TinkCustomerReferencesTest {

    @TempDir
    Path folder;

    @Test
    void oneCustomerOneReferencePerTenantAndKey() {
        CustomerReferences references = TinkCustomerReferences.configured(null, folder.resolve("a.json").toString());

        String ann = references.of("t1", "ann@example.com");
        assertThat(ann).matches("hmac-sha256:[0-9a-f]{32}").doesNotContain("ann");
        assertThat(references.of("t1", " Ann@Example.com ")).isEqualTo(ann);
        assertThat(references.of("t2", "ann@example.com")).isNotEqualTo(ann);
        assertThat(references.of("t1", "bob@example.com")).isNotEqualTo(ann);
        assertThat(references.of("t1", null)).isNull();
        assertThat(TinkCustomerReferences.configured(null, folder.resolve("a.json").toString()).of("t1", "ann@example.com"))
                .as("the key is kept in its file").isEqualTo(ann);
        assertThat(TinkCustomerReferences.configured(null, folder.resolve("b.json").toString()).of("t1", "ann@example.com"))
                .as("another key").isNotEqualTo(ann);
        assertThat(TinkCustomerReferences.configured("", "").of("t1", "ann@example.com")).isNull();
    }
}
