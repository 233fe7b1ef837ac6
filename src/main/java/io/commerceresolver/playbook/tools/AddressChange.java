package io.commerceresolver.playbook.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import io.commerceresolver.connector.Address;

/**
 * An order's new shipping address: the parts a ticket names put over the ones the order has, and what would make it
 * unusable. Tickets often name only what changes ("the ZIP is 94105, the rest is fine"), so a part not named is kept;
 * a new street replaces both street lines, and a new city its region.
 */
public record AddressChange(String orderId, Address address) {

    /** A plan that names a new address (only the parts the ticket names). */
    public interface Asked {
        Address newAddress();
    }

    /** Postal codes by ISO country, for the countries whose format is fixed; any other gets a plausibility check. */
    private static final Map<String, Pattern> POSTCODES = Map.of(
            "US", Pattern.compile("\\d{5}(-\\d{4})?"),
            "IN", Pattern.compile("[1-9]\\d{5}"),
            "GB", Pattern.compile("[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}"),
            "CA", Pattern.compile("[A-Z]\\d[A-Z] ?\\d[A-Z]\\d"),
            "DE", Pattern.compile("\\d{5}"),
            "FR", Pattern.compile("\\d{5}"),
            "AU", Pattern.compile("\\d{4}"));
    private static final Pattern ANY_POSTCODE = Pattern.compile("[A-Z0-9][A-Z0-9 -]{1,9}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public static Address merged(Address current, Address named) {
        boolean newStreet = named.line1() != null;
        boolean newCity = named.city() != null;
        return new Address(current.name(),
                newStreet ? named.line1() : current.line1(),
                newStreet ? named.line2() : current.line2(),
                newCity ? named.city() : current.city(),
                newCity || named.region() != null ? named.region() : current.region(),
                named.postalCode() != null ? named.postalCode().strip().toUpperCase(Locale.ROOT) : current.postalCode(),
                named.country() != null ? named.country().strip().toUpperCase(Locale.ROOT) : current.country());
    }

    /** Why the address cannot be shipped to, one sentence each; empty when it can. */
    public static List<String> problems(Address address) {
        List<String> problems = new ArrayList<>();
        if (blank(address.line1())) {
            problems.add("The new address has no street line");
        }
        if (blank(address.city())) {
            problems.add("The new address has no city");
        }
        String country = address.country();
        if (country == null || !COUNTRIES.contains(country)) {
            problems.add("'" + country + "' is not a country code (ISO 3166-1, two letters)");
        }
        String postcode = address.postalCode();
        Pattern format = country == null ? ANY_POSTCODE : POSTCODES.getOrDefault(country, ANY_POSTCODE);
        if (blank(postcode) || !format.matcher(postcode).matches()) {
            problems.add("'" + postcode + "' is not a postal code of " + country);
        }
        return problems;
    }

    /** The same place: street lines, city, region, postal code and country (not the recipient's name). */
    public static boolean samePlace(Address one, Address other) {
        return one != null && other != null && Objects.equals(one.line1(), other.line1()) && Objects.equals(one.line2(), other.line2())
                && Objects.equals(one.city(), other.city()) && Objects.equals(one.region(), other.region())
                && Objects.equals(one.postalCode(), other.postalCode()) && Objects.equals(one.country(), other.country());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
