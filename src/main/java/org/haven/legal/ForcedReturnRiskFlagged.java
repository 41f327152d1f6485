package org.haven.legal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Fired synchronously, in the flagging transaction, when a defender becomes at risk of forced return: an appeal
 * deadline or removal date came within the warning window (or had passed unanswered when it was recorded), or
 * the answer to one was retracted. Once per deadline and flag (the database decides which replica flags), so an
 * observer may notify without de-duplicating. No name, note or location: only what a desk needs to open the
 * defender's page. {@code deadlineKind} is {@code APPEAL_DEADLINE} or {@code REMOVAL_ORDER}.
 */
public record ForcedReturnRiskFlagged(UUID defenderId, String defenderReference, String team, LocalDate deadline,
        String deadlineKind) {
}
