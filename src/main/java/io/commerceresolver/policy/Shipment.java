package io.commerceresolver.policy;

/**
 * The fact a shipment contributes when a customer asks where their order is (rules/shipments.drl): whether it is still
 * on its way, whether its carrier reports it lost, and by how many whole days it is past the date the shop promised
 * (null while that date has not passed, or when nothing was promised), against the days the tenant allows. The rules
 * write how it stands on its {@link #getStanding() standing}.
 */
public class Shipment {

    private final boolean underway;
    private final boolean reportedLost;
    private final Integer daysPastPromise;
    private final int lateShipmentDays;
    private final ShipmentStanding standing;

    public Shipment(boolean underway, boolean reportedLost, Integer daysPastPromise) {
        this(underway, reportedLost, daysPastPromise, 0, null);
    }

    private Shipment(boolean underway, boolean reportedLost, Integer daysPastPromise, int lateShipmentDays, ShipmentStanding standing) {
        this.underway = underway;
        this.reportedLost = reportedLost;
        this.daysPastPromise = daysPastPromise;
        this.lateShipmentDays = lateShipmentDays;
        this.standing = standing;
    }

    /** The same shipment under the tenant's thresholds, carrying the standing the rules write to. */
    public Shipment judgedBy(ShipmentStanding standing, Thresholds thresholds) {
        return new Shipment(underway, reportedLost, daysPastPromise, thresholds.getLateShipmentDays(), standing);
    }

    public boolean isUnderway() {
        return underway;
    }

    public boolean isReportedLost() {
        return reportedLost;
    }

    public Integer getDaysPastPromise() {
        return daysPastPromise;
    }

    public int getLateShipmentDays() {
        return lateShipmentDays;
    }

    public ShipmentStanding getStanding() {
        return standing;
    }
}
