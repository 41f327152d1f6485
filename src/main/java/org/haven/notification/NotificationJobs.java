package org.haven.notification;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * The two timers of notifications. They run on every replica; PostgreSQL decides who works (the
 * watch's advisory lock, the dispatcher's skipped row locks).
 */
@ApplicationScoped
class NotificationJobs {

    /** Rounds one dispatcher tick runs at most while full batches keep coming. */
    private static final int ROUNDS_PER_TICK = 20;

    private final DeadlineWatch watch;
    private final Dispatcher dispatcher;
    private final NotificationConfig config;

    NotificationJobs(DeadlineWatch watch, Dispatcher dispatcher, NotificationConfig config) {
        this.watch = watch;
        this.dispatcher = dispatcher;
        this.config = config;
    }

    @Scheduled(identity = "notification-deadline-watch", every = "${haven.notifications.jobs.watch-every:5m}",
            delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void watch() {
        int raised = watch.run();
        if (raised > 0) {
            Log.infof("Raised %d deadline notice(s)", raised);
        }
    }

    @Scheduled(identity = "notification-dispatch", every = "${haven.notifications.jobs.dispatch-every:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        for (int round = 0; round < ROUNDS_PER_TICK; round++) {
            if (dispatcher.dispatch() < config.jobs().batchSize()) {
                return;
            }
        }
    }
}
