package org.haven.notification;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Notifications, escalation rules and deliveries ({@code haven.notifications.*}, docs/operations.md). */
@ConfigMapping(prefix = "haven.notifications")
interface NotificationConfig {

    /** Where the console is, for links in e-mails and webhook calls (no trailing slash). */
    @WithDefault("http://localhost:8080")
    String consoleUrl();

    /** Sender of notification e-mails. */
    @WithDefault("haven@localhost")
    String from();

    /** E-mail deliveries at all; the in-console list works regardless. */
    @WithDefault("true")
    boolean emailEnabled();

    /** Kinds that are e-mailed even in a person's quiet hours. */
    @WithDefault("RISK_CRITICAL,DEADLINE_PASSED,FORCED_RETURN_RISK")
    Set<NotificationKind> quietHoursBypass();

    Escalation escalation();

    /** The rules of the deadline watch: when to warn, when to escalate to the team's managers. */
    interface Escalation {
        /** Warn the case's officer this long before a decision deadline. */
        @WithDefault("PT4H")
        Duration deadlineWarning();

        /** An IMMEDIATE case with no assessment this long after receipt goes to the team's managers. */
        @WithDefault("PT2H")
        Duration immediateUnassessed();

        /** A grant waiting this long for its second approval goes to every manager of its team. */
        @WithDefault("PT24H")
        Duration secondApprovalWaiting();

        /** Tell the officer about a follow-up this many days before it is due (0: on the day). */
        @WithDefault("1")
        int followUpDueWithinDays();

        /** Deadlines that passed longer ago than this are not announced (e.g. after a first start). */
        @WithDefault("P7D")
        Duration lookback();
    }

    Jobs jobs();

    interface Jobs {
        /** How often the deadline watch runs (a Quarkus scheduler interval, or off). */
        @WithDefault("5m")
        String watchEvery();

        /** How often the dispatcher looks for due deliveries (or off). */
        @WithDefault("10s")
        String dispatchEvery();

        /** Deliveries one dispatcher round claims at most. */
        @WithDefault("50")
        int batchSize();

        /** Attempts before a delivery is marked FAILED. */
        @WithDefault("8")
        int maxAttempts();

        /** Wait after the first failed attempt; doubled after each further one. */
        @WithDefault("PT30S")
        Duration retryAfter();

        /** The longest wait between two attempts. */
        @WithDefault("PT1H")
        Duration retryAtMost();
    }

    /** Partners' systems told of events by a signed POST (docs/notifications.md). */
    Map<String, Webhook> webhooks();

    interface Webhook {
        String url();

        /** Only these kinds; all if unset. */
        Optional<Set<NotificationKind>> kinds();
    }
}
