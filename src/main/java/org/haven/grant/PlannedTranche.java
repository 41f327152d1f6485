package org.haven.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.haven.shared.error.Refusal;
import org.haven.shared.money.Money;

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

    /**
     * A proposal's tranches, in the grant's currency and adding up exactly to its amount; none when the
     * proposal plans none.
     */
    static List<PlannedTranche> plan(List<ProposeGrant.Tranche> planned, Money amount) {
        List<PlannedTranche> tranches = new ArrayList<>();
        if (planned == null || planned.isEmpty()) {
            return tranches;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < planned.size(); i++) {
            ProposeGrant.Tranche t = planned.get(i);
            if (!t.amount().currency().equals(amount.currency())) {
                throw Refusal.rule("currency-mismatch", "plannedTranches[" + i + "].amount.currency",
                        "tranches are in the grant's currency " + amount.currency());
            }
            sum = sum.add(t.amount().amount());
            tranches.add(new PlannedTranche(t.amount().normalised().amount(), t.plannedOn()));
        }
        if (sum.compareTo(amount.amount()) != 0) {
            throw Refusal.rule("tranches-do-not-add-up", "plannedTranches",
                    "the planned tranches add up to " + new Money(sum, amount.currency()).normalised()
                            + ", not to the grant amount " + amount.normalised());
        }
        return tranches;
    }
}
