package io.commerceresolver.playbook;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a run sets out to do, fixed when it starts: the order, the amount asked for (null means "what is left
 * to refund"), who asked, and the only tools the run may call.
 */
public record RunPlan(String orderId, BigDecimal amount, String currency, String requesterEmail, String correlationId,
                      List<String> tools) {

    public RunPlan {
        tools = List.copyOf(tools);
    }
}
