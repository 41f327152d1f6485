package org.haven.grant;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Whom a grant supports: a defender through their case, an organisation, or an activity (one of its
 * costs). Exactly one is named; the database checks the same shape (V0029).
 */
@Embeddable
class Beneficiary {

    @Enumerated(EnumType.STRING)
    @Column(name = "beneficiary_kind", nullable = false, updatable = false)
    BeneficiaryKind kind;

    @Column(name = "request_id", updatable = false)
    UUID requestId;

    @Column(name = "defender_id", updatable = false)
    UUID defenderId;

    @Column(name = "organisation_id", updatable = false)
    UUID organisationId;

    @Column(name = "activity_id", updatable = false)
    UUID activityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "cost_category", updatable = false)
    CostCategory costCategory;

    protected Beneficiary() {
        // for JPA
    }

    private Beneficiary(BeneficiaryKind kind) {
        this.kind = kind;
    }

    static Beneficiary defender(UUID requestId, UUID defenderId) {
        Beneficiary b = new Beneficiary(BeneficiaryKind.DEFENDER);
        b.requestId = requestId;
        b.defenderId = defenderId;
        return b;
    }

    static Beneficiary organisation(UUID organisationId) {
        Beneficiary b = new Beneficiary(BeneficiaryKind.ORGANISATION);
        b.organisationId = organisationId;
        return b;
    }

    static Beneficiary activity(UUID activityId, CostCategory category) {
        Beneficiary b = new Beneficiary(BeneficiaryKind.ACTIVITY);
        b.activityId = activityId;
        b.costCategory = category;
        return b;
    }

    /** The defender's, organisation's or activity's id: what the rolling cap counts against. */
    UUID id() {
        return switch (kind) {
            case DEFENDER -> defenderId;
            case ORGANISATION -> organisationId;
            case ACTIVITY -> activityId;
        };
    }
}
