package org.haven.grant;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.haven.shared.money.AmountAtMost;
import org.haven.shared.money.Money;

/** Body of {@code POST /grants/{id}/disbursements} (send an Idempotency-Key). */
public record RecordDisbursement(
        @NotNull @Valid @AmountAtMost("1000000") Money amount,
        @NotNull @PastOrPresent LocalDate paidOn,
        @NotNull DisbursementMethod method,
        @NotBlank @Size(max = RecordDisbursement.MAX_REFERENCE) String reference) {

    /** The longest payment reference (also the column's length). */
    static final int MAX_REFERENCE = 100;
}
