package io.commerceresolver.intent;

/**
 * A delivery address as a ticket gives it, split into the parts platforms use. Any part the ticket leaves out is
 * null; {@code country} is ISO 3166-1 alpha-2 when it could be recognised.
 */
public record PostalAddress(String line1, String line2, String city, String region, String postalCode, String country) {
}
