package org.haven.grant;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One manager's approval of a grant. */
@Embeddable
class Approval {

    @Column(name = "approver", nullable = false)
    String approver;

    @Column(name = "approver_name", nullable = false)
    String approverName;

    @Column(name = "approved_at", nullable = false)
    Instant approvedAt;

    @Column(name = "comment")
    String comment;

    protected Approval() {
        // for JPA
    }

    Approval(String approver, String approverName, Instant approvedAt, String comment) {
        this.approver = approver;
        this.approverName = approverName;
        this.approvedAt = approvedAt;
        this.comment = comment;
    }
}
