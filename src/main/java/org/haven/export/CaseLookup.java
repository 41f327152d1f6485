package org.haven.export;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.haven.request.Requests;

/** Checks that a case exists and is visible to the caller (need-to-know) before its export starts. */
@ApplicationScoped
public class CaseLookup {

    private final Requests requests;

    CaseLookup(Requests requests) {
        this.requests = requests;
    }

    @Transactional
    public void requireExists(UUID id) {
        if (!requests.isVisible(id)) {
            throw org.haven.shared.error.Refusal.notFound("Request");
        }
    }
}
