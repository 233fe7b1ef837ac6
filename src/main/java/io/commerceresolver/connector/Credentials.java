package io.commerceresolver.connector;

/**
 * A vendor's credentials as read from the tenant's secrets for one call; null where the vendor uses none of them.
 * Never written out: {@link #toString()} leaves the values out.
 */
public record Credentials(String accessToken, String consumerKey, String consumerSecret, String apiKey) {

    public static final Credentials NONE = new Credentials(null, null, null, null);

    @Override
    public String toString() {
        return "Credentials[hidden]";
    }
}
