package org.haven.request;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.haven.shared.privacy.Sensitive;

/**
 * The eligibility check HRD mechanisms use (identity, situation, need), the risk assessment, and
 * for relocation the plan. Notes, the risk assessment and the host organisation are sensitive and
 * stored sealed with the defender's data key ({@link RequestCrypto}).
 */
@Embeddable
class Assessment {

    @Enumerated(EnumType.STRING)
    @Column(name = "identity_check")
    CheckResult identity;

    @Sensitive
    @Column(name = "identity_note")
    byte[] identityNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "situation_check")
    CheckResult situation;

    @Sensitive
    @Column(name = "situation_note")
    byte[] situationNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "need_check")
    CheckResult need;

    @Sensitive
    @Column(name = "need_note")
    byte[] needNote;

    @Sensitive
    @Column(name = "risk_assessment")
    byte[] riskAssessment;

    @Column(name = "host_country")
    String hostCountry;

    @Sensitive
    @Column(name = "host_organisation")
    byte[] hostOrganisation;

    @Column(name = "planned_duration_months")
    Integer plannedDurationMonths;

    @Column(name = "family_members_included")
    Integer familyMembersIncluded;

    @Column(name = "assessed_at")
    Instant assessedAt;

    @Column(name = "assessed_by")
    String assessedBy;

    boolean recorded() {
        return assessedAt != null;
    }

    boolean hasRelocationPlan() {
        return hostCountry != null && plannedDurationMonths != null && familyMembersIncluded != null;
    }
}
