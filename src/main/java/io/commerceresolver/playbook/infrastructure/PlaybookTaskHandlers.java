package io.commerceresolver.playbook.infrastructure;

import java.util.List;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import org.kie.kogito.process.impl.DefaultWorkItemHandlerConfig;

import io.commerceresolver.playbook.ApprovalDeadlines;
import io.commerceresolver.playbook.FeatureSteps;
import io.commerceresolver.playbook.HandOver;
import io.commerceresolver.playbook.PlaybookChecks;
import io.commerceresolver.playbook.PlaybookSteps;

/** Registers the generic handler under every task type the playbooks' BPMN files use, features' steps included. */
@Component
class PlaybookTaskHandlers extends DefaultWorkItemHandlerConfig {

    // the steps reach the process engine (to start and complete), which needs this config first: looked up lazily
    PlaybookTaskHandlers(@Lazy PlaybookSteps steps, @Lazy PlaybookChecks checks, @Lazy ApprovalDeadlines deadlines, @Lazy HandOver handOver,
                         @Lazy List<FeatureSteps> features) {
        PlaybookTaskHandler handler = new PlaybookTaskHandler(steps, checks, deadlines, handOver, features);
        for (String type : new String[] {PlaybookTaskHandler.TOOL, PlaybookTaskHandler.DECIDE, PlaybookTaskHandler.CHECK, PlaybookTaskHandler.REPAIR,
                PlaybookTaskHandler.REQUEST_APPROVAL, PlaybookTaskHandler.RECORD_APPROVAL, PlaybookTaskHandler.ESCALATE_APPROVAL,
                PlaybookTaskHandler.EXPIRE_APPROVAL, PlaybookTaskHandler.HAND_OVER, PlaybookTaskHandler.FINISH,
                PlaybookTaskHandler.FEATURE_STEP}) {
            register(type, handler);
        }
    }
}
