package io.commerceresolver.playbook.infrastructure;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kie.kogito.internal.process.workitem.KogitoWorkItem;
import org.kie.kogito.internal.process.workitem.KogitoWorkItemHandler;
import org.kie.kogito.internal.process.workitem.KogitoWorkItemManager;
import org.kie.kogito.internal.process.workitem.WorkItemTransition;
import org.kie.kogito.process.workitems.impl.DefaultKogitoWorkItemHandler;

import io.commerceresolver.playbook.ApprovalDeadlines;
import io.commerceresolver.playbook.FeatureSteps;
import io.commerceresolver.playbook.HandOver;
import io.commerceresolver.playbook.PlaybookChecks;
import io.commerceresolver.playbook.PlaybookSteps;
import io.commerceresolver.playbook.StepRef;

/**
 * The one handler of every task in every playbook's BPMN. The task's type (its drools:taskName) says what kind of
 * step it is; its inputs say which tool, operation, template or status; tenantId and runId say whose run (a Decide
 * without an operation decides the one its run's plan asks for, and answers it as {@code operation}). A tool
 * step usually leaves its work item waiting: the call is queued, and the worker that makes it completes the item.
 */
class PlaybookTaskHandler extends DefaultKogitoWorkItemHandler {

    /** The task types a BPMN file may use, as written in drools:taskName. */
    static final String TOOL = "Tool";
    static final String DECIDE = "Decide";
    static final String CHECK = "Check";
    static final String REPAIR = "Repair";
    static final String REQUEST_APPROVAL = "RequestApproval";
    static final String RECORD_APPROVAL = "RecordApproval";
    static final String ESCALATE_APPROVAL = "EscalateApproval";
    static final String EXPIRE_APPROVAL = "ExpireApproval";
    static final String HAND_OVER = "HandOver";
    static final String FINISH = "Finish";
    static final String FEATURE_STEP = "FeatureStep";

    private final PlaybookSteps steps;
    private final PlaybookChecks checks;
    private final ApprovalDeadlines deadlines;
    private final HandOver handOver;
    private final List<FeatureSteps> features;

    PlaybookTaskHandler(PlaybookSteps steps, PlaybookChecks checks, ApprovalDeadlines deadlines, HandOver handOver,
                        List<FeatureSteps> features) {
        this.steps = steps;
        this.checks = checks;
        this.deadlines = deadlines;
        this.handOver = handOver;
        this.features = features;
    }

    @Override
    public Optional<WorkItemTransition> activateWorkItemHandler(KogitoWorkItemManager manager, KogitoWorkItemHandler handler,
                                                                KogitoWorkItem item, WorkItemTransition transition) {
        String tenantId = text(item, "tenantId");
        String runId = text(item, "runId");
        Map<String, Object> outputs = switch (item.getName()) {
            case TOOL -> {
                String outcome = steps.tool(tenantId, runId, text(item, "step"), text(item, "tool"), (String) item.getParameter("template"),
                        waitingStep(item));
                yield outcome == null ? null : Map.of("outcome", outcome);
            }
            case REPAIR -> {
                String outcome = steps.repair(tenantId, runId, text(item, "step"), text(item, "tool"), waitingStep(item));
                yield outcome == null ? null : Map.of("outcome", outcome);
            }
            case DECIDE -> {
                // a Decide that names no operation decides the one the run's plan asks for, and tells the process which
                Object named = item.getParameter("operation");
                String operation = named != null ? named.toString() : steps.plannedOperation(tenantId, runId);
                yield Map.of("route", steps.decide(tenantId, runId, operation), "operation", operation);
            }
            case CHECK -> Map.of("outcome", check(tenantId, runId, text(item, "check")));
            case REQUEST_APPROVAL -> {
                PlaybookSteps.ApprovalWait wait = steps.requestApproval(tenantId, runId, item.getProcessInstanceStringId());
                yield Map.of("approverRole", wait.approverRole(), "deadline", wait.deadline().toString());
            }
            case ESCALATE_APPROVAL -> {
                ApprovalDeadlines.Escalated escalated = deadlines.escalate(tenantId, runId);
                yield Map.of("approverRole", escalated.approverRole(), "deadline", escalated.finalDeadline().toString(), "escalated", true);
            }
            case EXPIRE_APPROVAL -> {
                deadlines.expire(tenantId, runId);
                yield Map.of();
            }
            case RECORD_APPROVAL -> Map.of("approved", steps.recordApproval(tenantId, runId));
            case HAND_OVER -> {
                handOver.handOver(tenantId, runId);
                yield Map.of();
            }
            case FINISH -> {
                steps.finish(tenantId, runId, text(item, "status"));
                yield Map.of();
            }
            case FEATURE_STEP -> feature(text(item, "feature")).carryOut(text(item, "step"), tenantId, runId, waitingStep(item));
            default -> throw new IllegalStateException("No playbook step of type '" + item.getName() + "'");
        };
        return outputs == null ? Optional.empty() : Optional.of(handler.completeTransition(item.getPhaseStatus(), outputs));
    }

    private String check(String tenantId, String runId, String check) {
        return switch (check) {
            case "refund_visible" -> checks.checkRefundVisible(tenantId, runId);
            case "order_cancelled" -> checks.checkOrderCancelled(tenantId, runId);
            case "address_updated" -> checks.checkAddressUpdated(tenantId, runId);
            case "goodwill_credited" -> checks.checkGoodwillCredited(tenantId, runId);
            case "return_resolved" -> checks.checkReturnResolved(tenantId, runId);
            case "remedy_asked" -> checks.remedyAsked(tenantId, runId);
            case "catalogue_changed" -> checks.checkCatalogueChanged(tenantId, runId);
            case "shipment_standing" -> checks.shipmentStanding(tenantId, runId);
            case "replacement_sent" -> checks.checkReplacementSent(tenantId, runId);
            default -> throw new IllegalStateException("No check '" + check + "'");
        };
    }

    private FeatureSteps feature(String name) {
        return features.stream().filter(feature -> feature.feature().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No feature '" + name + "' carries out process steps"));
    }

    /** Where the answer of a queued call goes: this task of this process instance. */
    private static StepRef waitingStep(KogitoWorkItem item) {
        return new StepRef(item.getProcessInstance().getProcessId(), item.getProcessInstanceStringId(), item.getStringId());
    }

    private static String text(KogitoWorkItem item, String input) {
        Object value = item.getParameter(input);
        if (value == null) {
            throw new IllegalStateException("Task '" + item.getName() + "' of process " + item.getProcessInstance().getProcessId()
                    + " has no input '" + input + "'");
        }
        return value.toString();
    }
}
