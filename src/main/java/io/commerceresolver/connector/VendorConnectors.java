package io.commerceresolver.connector;

/** Makes the adapter of a configured vendor, and checks its credentials against the vendor. */
public interface VendorConnectors {

    /** The adapter that serves the settings' vendor with these credentials; it is kept and shared between calls. */
    CommerceConnector connect(ConnectorSettings settings, Credentials credentials);

    /** One cheap authenticated read; never throws for a vendor's failure, which is what the answer reports. */
    LiveCheck check(ConnectorSettings settings, Credentials credentials);
}
