package io.commerceresolver.connector;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.commerceresolver.system.BadRequest;

/**
 * What a shipping vendor needs from the merchant to issue a return label, kept with the tenant's shipping settings:
 * where returns go, and the parcel a return is taken to be (a carrier prices a label by size and weight, and a refund
 * ticket says neither). The order gives the customer's side.
 *
 * @param address      the merchant's return address
 * @param phone        a phone number at the return address, which some carriers require; null when none
 * @param email        an email address at the return address; null when none
 * @param parcel       the parcel a return is taken to be
 * @param servicelevel the carrier service to buy, by the vendor's token (Shippo's {@code usps_priority}); null buys the
 *                     cheapest rate offered
 */
public record ReturnShipping(Address address, String phone, String email, Parcel parcel, String servicelevel) {

    /** A parcel's size and weight, each in the unit named with it (Shippo's {@code distance_unit} and {@code mass_unit}). */
    public record Parcel(BigDecimal length, BigDecimal width, BigDecimal height, String distanceUnit, BigDecimal weight, String massUnit) {
    }

    /** The units Shippo's Parcel object takes (docs.goshippo.com, Parcels: {@code distance_unit}, {@code mass_unit}). */
    private static final Set<String> DISTANCE_UNITS = Set.of("cm", "in", "ft", "m", "mm", "yd");
    private static final Set<String> MASS_UNITS = Set.of("g", "kg", "lb", "oz");
    private static final Pattern TEXT = Pattern.compile("[^\\p{Cntrl}]{1,100}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern PHONE = Pattern.compile("[0-9+() .-]{3,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}");
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9_]{1,100}");

    /**
     * These settings as they are kept: trimmed, the country upper-cased; refused naming the first field (under
     * {@code returns}) that a carrier could not print or price.
     */
    public ReturnShipping validated() {
        if (address == null) {
            throw new BadRequest("returns.address", "Field 'returns.address' is required: where the customer sends the goods back");
        }
        Address kept = new Address(text(address.name(), "returns.address.name", true), text(address.line1(), "returns.address.line1", true),
                text(address.line2(), "returns.address.line2", false), text(address.city(), "returns.address.city", true),
                text(address.region(), "returns.address.region", false), text(address.postalCode(), "returns.address.postalCode", true),
                matching(upper(address.country()), COUNTRY, "returns.address.country", "an ISO 3166-1 alpha-2 country code such as US", true));
        if (parcel == null) {
            throw new BadRequest("returns.parcel", "Field 'returns.parcel' is required: a carrier prices a label by the parcel's size and weight");
        }
        Parcel size = new Parcel(positive(parcel.length(), "returns.parcel.length"), positive(parcel.width(), "returns.parcel.width"),
                positive(parcel.height(), "returns.parcel.height"), unit(parcel.distanceUnit(), DISTANCE_UNITS, "returns.parcel.distanceUnit"),
                positive(parcel.weight(), "returns.parcel.weight"), unit(parcel.massUnit(), MASS_UNITS, "returns.parcel.massUnit"));
        return new ReturnShipping(kept, matching(phone, PHONE, "returns.phone", "a phone number", false),
                matching(email, EMAIL, "returns.email", "an email address", false), size,
                matching(servicelevel, TOKEN, "returns.servicelevel", "a service level token such as usps_priority", false));
    }

    private static String text(String given, String field, boolean required) {
        return matching(given, TEXT, field, "1 to 100 characters", required);
    }

    private static String matching(String given, Pattern pattern, String field, String expected, boolean required) {
        if (given == null || given.isBlank()) {
            if (required) {
                throw new BadRequest(field, "Field '" + field + "' is required");
            }
            return null;
        }
        String text = given.strip();
        if (!pattern.matcher(text).matches()) {
            throw new BadRequest(field, "Field '" + field + "' must be " + expected);
        }
        return text;
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    private static BigDecimal positive(BigDecimal given, String field) {
        if (given == null || given.signum() <= 0) {
            throw new BadRequest(field, "Field '" + field + "' must be a number above zero");
        }
        // 1.50 is kept as 1.5, and 30 as 30 (not 3E+1, which stripping its zeros alone would make of it)
        BigDecimal kept = given.stripTrailingZeros();
        return kept.scale() < 0 ? kept.setScale(0) : kept;
    }

    private static String unit(String given, Set<String> units, String field) {
        String unit = given == null ? null : given.strip().toLowerCase(Locale.ROOT);
        if (!units.contains(unit)) {
            throw new BadRequest(field, "Field '" + field + "' must be one of " + String.join(", ", units.stream().sorted().toList()));
        }
        return unit;
    }
}
