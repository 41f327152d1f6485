package org.haven.grant;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A planned payment of a grant paid in tranches. */
@Embeddable
class PlannedTranche {

    @Column(name = "amount", nullable = false)
    BigDecimal amount;

    @Column(name = "planned_on")
    LocalDate plannedOn;

    protected PlannedTranche() {
        // for JPA
    }

    PlannedTranche(BigDecimal amount, LocalDate plannedOn) {
        this.amount = amount;
        this.plannedOn = plannedOn;
    }
}
