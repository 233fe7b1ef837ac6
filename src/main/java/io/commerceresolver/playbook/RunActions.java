package io.commerceresolver.playbook;

import java.util.List;
import java.util.Optional;

import io.commerceresolver.connector.Money;
import io.commerceresolver.playbook.tools.Tools;
import io.commerceresolver.policy.OperationClass;
import io.commerceresolver.system.StoredJson;

/**
 * What a run did to the store and to the customer, or, in shadow, would have done: its calls other than reads, each
 * with the sum it moved. Replays compare these between a ticket's real run and its shadow run.
 */
public class RunActions {

    /** One write: the tool, how the call ended (SUCCEEDED, SHADOWED...), and the sum it moves, if any. */
    public record RunAction(String tool, String status, Money amount) {
    }

    private final ToolCalls calls;
    private final Tools tools;
    private final StoredJson json;

    public RunActions(ToolCalls calls, Tools tools, StoredJson json) {
        this.calls = calls;
        this.tools = tools;
        this.json = json;
    }

    public List<RunAction> of(String tenantId, String runId) {
        return calls.forRun(tenantId, runId).stream()
                .filter(call -> OperationClass.of(call.tool()).filter(kind -> kind == OperationClass.READ).isEmpty())
                .map(call -> new RunAction(call.tool(), call.status().name(), amount(call)))
                .toList();
    }

    private Money amount(ToolCall call) {
        Optional<Tool<?, ?>> tool = tools.named(call.tool());
        return tool.map(found -> amount(found, call.request())).orElse(null);
    }

    private <Q> Money amount(Tool<Q, ?> tool, String request) {
        return tool.proposal(json.read(request, tool.requestType())).amount();
    }
}
