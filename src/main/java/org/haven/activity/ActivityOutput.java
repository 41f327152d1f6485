package org.haven.activity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One output of an activity (a strategy paper, an action plan); never changed once recorded. */
@Embeddable
class ActivityOutput {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    OutputKind kind;

    @Column(nullable = false)
    String title;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    String recordedBy;

    protected ActivityOutput() {
        // for JPA
    }

    ActivityOutput(OutputKind kind, String title, Instant recordedAt, String recordedBy) {
        this.kind = kind;
        this.title = title;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }
}
