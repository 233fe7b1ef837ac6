package io.commerceresolver.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * How the rules judge a shipment: lost, late, or on time when no rule says otherwise. Lost outranks late whatever
 * order the rules fire in: a parcel the carrier has lost is not merely slow.
 */
public class ShipmentStanding {

    public static final String ON_TIME = "on_time";
    public static final String LATE = "late";
    public static final String LOST = "lost";

    private boolean lost;
    private boolean late;
    private final List<String> reasons = new ArrayList<>();

    public void lost(String reason) {
        lost = true;
        reasons.add(reason);
    }

    public void late(String reason) {
        late = true;
        reasons.add(reason);
    }

    public String getStanding() {
        return lost ? LOST : late ? LATE : ON_TIME;
    }

    public List<String> getReasons() {
        return List.copyOf(reasons);
    }
}
