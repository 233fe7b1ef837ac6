package io.commerceresolver.playbook.infrastructure;

import java.time.Clock;
import java.util.List;

import org.kie.api.event.process.ProcessNodeEvent;
import org.kie.api.event.process.ProcessNodeLeftEvent;
import org.kie.api.event.process.ProcessNodeTriggeredEvent;
import org.kie.api.runtime.process.NodeInstance;
import org.kie.api.runtime.process.WorkflowProcessInstance;
import org.kie.kogito.internal.process.event.DefaultKogitoProcessEventListener;
import org.kie.kogito.internal.process.runtime.KogitoNodeInstance;
import org.springframework.stereotype.Component;

import io.commerceresolver.playbook.RunNode;
import io.commerceresolver.playbook.RunNodes;

/**
 * Writes each run's trail through its BPMN as Kogito moves the process: a row when a node is entered, its time when the
 * node is left. Kogito calls this in the transaction that moves the process, so the trail commits with the process
 * state and the run's records. Nodes are the BPMN elements' own ids, the ones bpmn-js draws. Every process of this
 * service carries its run's tenantId and runId as variables; one without them (none today) leaves no trail.
 */
@Component
class RunNodeTrail extends DefaultKogitoProcessEventListener implements RunNodes {

    private final RunNodeMapper nodes;
    private final Clock clock;

    RunNodeTrail(RunNodeMapper nodes, Clock clock) {
        this.nodes = nodes;
        this.clock = clock;
    }

    @Override
    public void beforeNodeTriggered(ProcessNodeTriggeredEvent event) {
        Run run = run(event);
        NodeInstance node = event.getNodeInstance();
        if (run == null || !(node instanceof KogitoNodeInstance kogito)) {
            return;
        }
        String nodeId = kogito.getNodeDefinitionId();
        if (nodeId == null) {
            return;
        }
        String name = node.getNodeName();
        nodes.insert(run.tenantId(), run.runId(), event.getProcessInstance().getProcessId(), nodeId, kogito.getStringId(),
                name == null || name.length() <= 500 ? name : name.substring(0, 500), clock.instant());
    }

    @Override
    public void beforeNodeLeft(ProcessNodeLeftEvent event) {
        Run run = run(event);
        if (run != null && event.getNodeInstance() instanceof KogitoNodeInstance kogito) {
            nodes.left(run.tenantId(), kogito.getStringId(), clock.instant());
        }
    }

    @Override
    public void entered(String tenantId, String runId, String processId, String nodeId, String nodeInstanceId, String nodeName,
                        java.time.Instant at) {
        nodes.insert(tenantId, runId, processId, nodeId, nodeInstanceId, nodeName, at);
    }

    @Override
    public void left(String tenantId, String nodeInstanceId, java.time.Instant at) {
        nodes.left(tenantId, nodeInstanceId, at);
    }

    @Override
    public List<RunNode> forRun(String tenantId, String runId) {
        return nodes.forRun(tenantId, runId);
    }

    private record Run(String tenantId, String runId) {
    }

    private static Run run(ProcessNodeEvent event) {
        if (!(event.getProcessInstance() instanceof WorkflowProcessInstance instance)) {
            return null;
        }
        Object tenantId = instance.getVariable("tenantId");
        Object runId = instance.getVariable("runId");
        return tenantId == null || runId == null ? null : new Run(tenantId.toString(), runId.toString());
    }
}
