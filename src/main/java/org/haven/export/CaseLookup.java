package org.haven.export;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.haven.request.RequestWorkflowService;

/** Checks a case exists (and is visible) before its export starts. */
@ApplicationScoped
class CaseLookup {

    private final RequestWorkflowService requests;

    CaseLookup(RequestWorkflowService requests) {
        this.requests = requests;
    }

    @Transactional
    void requireExists(UUID id) {
        if (!requests.existsForAudit(id)) {
            throw org.haven.shared.error.ProblemException.notFound("Request");
        }
    }
}
