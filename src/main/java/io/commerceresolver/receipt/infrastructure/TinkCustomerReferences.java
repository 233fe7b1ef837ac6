package io.commerceresolver.receipt.infrastructure;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;

import io.commerceresolver.receipt.CustomerReferences;
import io.commerceresolver.system.KeysetFile;

/**
 * Customer references as HMAC-SHA256 (a Tink PRF keyset of its own, never the secrets, links or signing key) over
 * tenant and address, 128 bits in hex. The key comes from {@code resolver.receipts.customer-keyset} (Tink JSON) or
 * {@code resolver.receipts.customer-keyset-file}, made on first use. Its primary key alone computes references: a
 * new primary would give a customer a new one, so the keyset is not rotated like the others.
 */
final class TinkCustomerReferences implements CustomerReferences {

    private static final int BYTES = 16;

    private final PrfSet prf;

    private TinkCustomerReferences(KeysetHandle keyset) throws GeneralSecurityException {
        this.prf = keyset.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
    }

    /** References as configured: none ({@link CustomerReferences#NONE}) when neither the keyset nor its file is set. */
    static CustomerReferences configured(String keysetJson, String keysetFile) {
        try {
            PrfConfig.register();
            if (keysetJson != null && !keysetJson.isBlank()) {
                return new TinkCustomerReferences(TinkJsonProtoKeysetFormat.parseKeyset(keysetJson, InsecureSecretKeyAccess.get()));
            }
            if (keysetFile == null || keysetFile.isBlank()) {
                return CustomerReferences.NONE;
            }
            return new TinkCustomerReferences(new KeysetFile(Path.of(keysetFile), "customer reference")
                    .readOrMake(PredefinedPrfParameters.HMAC_SHA256_PRF));
        } catch (GeneralSecurityException failed) {
            throw new IllegalStateException("The customer reference keyset could not be loaded: " + failed.getMessage(), failed);
        }
    }

    @Override
    public String of(String tenantId, String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        // the tenant is part of what is keyed: one person, customer of two tenants, is two unrelated references
        byte[] input = (tenantId + "\n" + email.strip().toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8);
        try {
            return "hmac-sha256:" + HexFormat.of().formatHex(prf.computePrimary(input, BYTES));
        } catch (GeneralSecurityException failed) {
            throw new IllegalStateException("A customer reference could not be computed", failed);
        }
    }
}
