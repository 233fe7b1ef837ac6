package io.commerceresolver.playbook.tools;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A read about one order. {@code returnLabelId} is the run's return label, for a read-back to ask the system that
 * issued it (null when the run made none, and left out of the recorded request then).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderQuery(String orderId, String returnLabelId) {

    public OrderQuery(String orderId) {
        this(orderId, null);
    }
}
