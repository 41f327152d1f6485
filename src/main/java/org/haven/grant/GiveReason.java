package org.haven.grant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of withdrawals and cancellations: a decision that must be justified. */
public record GiveReason(@NotBlank @Size(max = GiveReason.MAX_REASON) String reason) {

    static final int MAX_REASON = 2000;
}
