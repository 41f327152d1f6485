package org.haven.request;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.shared.privacy.Sensitive;

/** The sensitive parts of a case: the narrative and the assessment notes. Need-to-know only. */
public record RequestSensitiveView(
        @Sensitive @Schema(nullable = true, maxLength = 10000) String narrative,
        @Sensitive @Schema(nullable = true, maxLength = 2000) String identityNote,
        @Sensitive @Schema(nullable = true, maxLength = 2000) String situationNote,
        @Sensitive @Schema(nullable = true, maxLength = 2000) String needNote,
        @Sensitive @Schema(nullable = true, maxLength = 4000) String riskAssessment,
        @Sensitive @Schema(nullable = true, maxLength = 200) String hostOrganisation) {

    static RequestSensitiveView of(AssistanceRequest r, RequestCrypto crypto) {
        Assessment a = r.assessment();
        UUID d = r.defenderId();
        return new RequestSensitiveView(crypto.open(d, "request.narrative", r.narrative()),
                crypto.open(d, "request.identityNote", a.identityNote),
                crypto.open(d, "request.situationNote", a.situationNote),
                crypto.open(d, "request.needNote", a.needNote),
                crypto.open(d, "request.riskAssessment", a.riskAssessment),
                crypto.open(d, "request.hostOrganisation", a.hostOrganisation));
    }

    @Override
    public String toString() {
        return "RequestSensitiveView[<redacted>]";
    }
}
