package io.commerceresolver.connector;

/** A shipping address in the shape most platforms use (ISO 3166-1 alpha-2 country). */
public record Address(String name, String line1, String line2, String city, String region,
                      String postalCode, String country) {
}
