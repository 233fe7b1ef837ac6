package io.commerceresolver.playbook.infrastructure;

import org.kie.kogito.usertask.UserTasks;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Kogito's generated UserTasks bean is application-scoped and so made on first use; two workers reaching an approval
 * at the same moment made it twice at once, and its setup failed on the shared job service. It is made here, before
 * the workers start.
 */
@Component
class UserTasksAtStart implements SmartLifecycle {

    private final UserTasks userTasks;
    private volatile boolean running;

    UserTasksAtStart(UserTasks userTasks) {
        this.userTasks = userTasks;
    }

    @Override
    public void start() {
        userTasks.userTaskIds();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the workers (io.commerceresolver.work), which start at Integer.MAX_VALUE - 100. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 200;
    }
}
