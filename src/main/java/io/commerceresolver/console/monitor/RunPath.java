package io.commerceresolver.console.monitor;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.commerceresolver.playbook.RunNode;
import io.commerceresolver.playbook.RunStatus;

/**
 * Where a run went in its playbook's diagram, from the trail its process left (run_node): the nodes it has passed
 * ({@code completed}) and those it stands in ({@code current}: waiting for a store call or a person, or where a failed or
 * cancelled run stopped). Nodes of the approval subprocess are drawn as its call activity, so only the playbook's own
 * process counts. A node entered again after it was left (a retried loop) is current while its last visit is open.
 */
public record RunPath(Set<String> completed, Set<String> current, boolean stopped) {

    public static RunPath of(String playbook, RunStatus status, List<RunNode> trail) {
        Set<String> completed = new LinkedHashSet<>();
        Set<String> open = new LinkedHashSet<>();
        for (RunNode node : trail) {
            if (!playbook.equals(node.processId())) {
                continue;
            }
            if (node.leftAt() != null) {
                completed.add(node.nodeId());
                open.remove(node.nodeId());
            } else {
                open.add(node.nodeId());
            }
        }
        boolean ended = status.isFinal();
        boolean stopped = status == RunStatus.FAILED || status == RunStatus.CANCELLED;
        Set<String> current = new LinkedHashSet<>();
        for (String nodeId : open) {
            // a run that ended well left its end event open (an end event is entered, never left): it is done
            if (ended && !stopped) {
                completed.add(nodeId);
            } else {
                current.add(nodeId);
            }
        }
        completed.removeAll(current);
        return new RunPath(Set.copyOf(completed), Set.copyOf(current), stopped);
    }

    public String completedList() {
        return String.join(" ", completed);
    }

    public String currentList() {
        return String.join(" ", current);
    }
}
