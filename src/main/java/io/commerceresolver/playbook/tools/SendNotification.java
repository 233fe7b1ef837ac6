package io.commerceresolver.playbook.tools;

import io.commerceresolver.connector.Capability;
import io.commerceresolver.connector.CommerceConnector;
import io.commerceresolver.connector.Notification;
import io.commerceresolver.connector.NotificationSent;
import io.commerceresolver.playbook.RunContext;
import io.commerceresolver.playbook.RunState;
import io.commerceresolver.playbook.Tool;

/** Writes to whoever asked, with the message the step's template rendered. */
public final class SendNotification implements Tool<Notification, NotificationSent> {

    @Override
    public String name() {
        return "send_notification";
    }

    @Override
    public Capability capability() {
        return Capability.MESSAGING;
    }

    @Override
    public Class<Notification> requestType() {
        return Notification.class;
    }

    @Override
    public Class<NotificationSent> responseType() {
        return NotificationSent.class;
    }

    @Override
    public Notification request(RunContext run, Message message) {
        if (message == null) {
            throw new IllegalStateException("A send_notification step needs a template");
        }
        return new Notification(run.plan().orderId(), run.plan().requesterEmail(), message.subject(), message.body());
    }

    @Override
    public NotificationSent call(CommerceConnector store, String tenantId, Notification request, String idempotencyKey) {
        return store.sendNotification(tenantId, request, idempotencyKey);
    }

    @Override
    public void record(RunState state, String step, NotificationSent sent) {
        state.setNotification(sent);
    }
}
