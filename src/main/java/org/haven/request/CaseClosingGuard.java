package org.haven.request;

import java.util.Optional;
import java.util.UUID;

import org.haven.shared.error.Refusal;

/**
 * Lets other features object to closing a case (e.g. follow-ups still planned) without the request
 * feature depending on them. {@link AssistanceRequest#transitionTo} weighs the objections when the
 * move is to CLOSED.
 */
public interface CaseClosingGuard {

    /** Why the case may not close now (a CONFLICT refusal), or empty. Reads, never changes. */
    Optional<Refusal> objectionToClosing(UUID requestId);
}
