package org.haven.request;

import java.util.UUID;

/**
 * Lets other features veto closing a case (e.g. follow-ups still planned) without the request
 * feature depending on them. Implementations throw a problem (409) when the case may not close.
 */
public interface CaseClosingGuard {

    void checkCanClose(UUID requestId);
}
