package org.haven.request;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the case workflow ({@code haven.requests.*}). */
@ConfigMapping(prefix = "haven.requests")
interface RequestConfig {

    /** Time from receipt to the decision deadline, by urgency. */
    Deadline deadline();

    interface Deadline {
        @WithDefault("PT24H")
        Duration immediate();

        @WithDefault("PT72H")
        Duration urgent();

        @WithDefault("P14D")
        Duration standard();
    }

    default Duration deadlineFor(Urgency urgency) {
        return switch (urgency) {
            case IMMEDIATE -> deadline().immediate();
            case URGENT -> deadline().urgent();
            case STANDARD -> deadline().standard();
        };
    }
}
