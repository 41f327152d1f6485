package org.haven.console;

import java.util.UUID;

import org.haven.defender.DefenderService;
import org.haven.request.RequestService;
import org.haven.request.RequestView;
import org.haven.shared.error.Refusal;

/**
 * What the grant and follow-up forms show on top: which case and whose (the defender's pseudonym, never
 * a sensitive detail), with the link back to the case page. A case the reader may not see is refused
 * (404) by the request service; a pseudonym they may not see is left out.
 */
public record CaseBanner(UUID id, String reference, String pseudonym) {

    public String href() {
        return "/console/cases/" + id;
    }

    static CaseBanner of(UUID requestId, RequestService requests, DefenderService defenders) {
        RequestView request = requests.get(requestId);
        String pseudonym;
        try {
            pseudonym = defenders.get(request.defenderId()).pseudonym();
        } catch (Refusal e) {
            pseudonym = null;
        }
        return new CaseBanner(request.id(), request.reference(), pseudonym);
    }
}
