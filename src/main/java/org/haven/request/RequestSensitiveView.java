package org.haven.request;

import org.haven.shared.privacy.Sensitive;

/** The sensitive parts of a case: the narrative and the assessment notes. Need-to-know only. */
public record RequestSensitiveView(
        @Sensitive String narrative,
        @Sensitive String identityNote,
        @Sensitive String situationNote,
        @Sensitive String needNote,
        @Sensitive String riskAssessment,
        @Sensitive String hostOrganisation) {

    static RequestSensitiveView of(AssistanceRequest r) {
        Assessment a = r.assessment();
        return new RequestSensitiveView(r.narrative(), a.identityNote, a.situationNote, a.needNote, a.riskAssessment,
                a.hostOrganisation);
    }

    @Override
    public String toString() {
        return "RequestSensitiveView[<redacted>]";
    }
}
