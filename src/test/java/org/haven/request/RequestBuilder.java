package org.haven.request;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.haven.shared.money.Money;
import org.haven.shared.security.Actor;
import org.haven.shared.security.Roles;

/**
 * Synthetic requests for the plain specs, built only through the entity's own methods:
 * {@code aRequest().withTypes(TEMPORARY_RELOCATION).inAssessment()}. No Quarkus, no database.
 */
final class RequestBuilder {

    static final Instant RECEIVED_AT = Instant.parse("2026-03-02T09:00:00Z");
    static final String TEAM = "team-kabul-desk";
    /** Distinct times per urgency, so a spec sees which one was used. */
    static final Function<Urgency, Duration> TIME_TO_DECIDE = urgency -> switch (urgency) {
        case IMMEDIATE -> Duration.ofHours(24);
        case URGENT -> Duration.ofHours(72);
        case STANDARD -> Duration.ofDays(14);
    };
    static final Actor OFFICER = officer("officer-amal");
    static final Actor MANAGER = manager("manager-maria");

    private Set<AssistanceType> types = EnumSet.of(AssistanceType.LEGAL);
    private Urgency urgency = Urgency.URGENT;
    private Instant receivedAt = RECEIVED_AT;
    private String referringPartner = "Example Partner Network";

    private RequestBuilder() {
    }

    static RequestBuilder aRequest() {
        return new RequestBuilder();
    }

    static Actor officer(String subject) {
        return new Actor(subject, "Officer " + subject, List.of(Roles.PROTECTION_OFFICER));
    }

    static Actor manager(String subject) {
        return new Actor(subject, "Manager " + subject, List.of(Roles.PROGRAMME_MANAGER));
    }

    /** {@code minutes} after receipt. */
    static Instant later(long minutes) {
        return RECEIVED_AT.plus(Duration.ofMinutes(minutes));
    }

    RequestBuilder withTypes(AssistanceType first, AssistanceType... more) {
        types = EnumSet.of(first, more);
        return this;
    }

    RequestBuilder withUrgency(Urgency value) {
        urgency = value;
        return this;
    }

    RequestBuilder receivedAt(Instant value) {
        receivedAt = value;
        return this;
    }

    RequestDetails details() {
        return new RequestDetails(EnumSet.copyOf(types), urgency, "  Legal aid for an asylum appeal  ",
                new Money(new BigDecimal("2500"), "EUR"), IntakeChannel.SIGNAL, referringPartner);
    }

    /** As opened: RECEIVED. */
    AssistanceRequest received() {
        return AssistanceRequest.open(UUID.randomUUID(), AssistanceRequest.reference(receivedAt, 1),
                UUID.randomUUID(), TEAM, details(), bytes("Synthetic narrative"), TIME_TO_DECIDE, OFFICER,
                receivedAt);
    }

    AssistanceRequest inAssessment() {
        AssistanceRequest request = received();
        request.transitionTo(RequestStatus.IN_ASSESSMENT, null, List.of(), OFFICER, later(10));
        return request;
    }

    /** IN_ASSESSMENT with a complete assessment (a relocation plan if the request asks for relocation). */
    AssistanceRequest assessed() {
        AssistanceRequest request = inAssessment();
        request.recordAssessment(anAssessment(CheckResult.MET, types.contains(AssistanceType.TEMPORARY_RELOCATION)),
                OFFICER, later(20));
        return request;
    }

    AssistanceRequest supported() {
        AssistanceRequest request = assessed();
        request.supportBy("GR-2026-00001", MANAGER, later(30));
        return request;
    }

    /** A request in any status, reached the way the workflow allows. */
    AssistanceRequest in(RequestStatus status) {
        return switch (status) {
            case RECEIVED -> received();
            case IN_ASSESSMENT -> inAssessment();
            case SUPPORTED -> supported();
            case DECLINED, REFERRED -> moved(inAssessment(), status);
            case WITHDRAWN -> moved(received(), status);
            case CLOSED -> moved(supported(), status);
        };
    }

    private static AssistanceRequest moved(AssistanceRequest request, RequestStatus target) {
        request.transitionTo(target, "Synthetic reason", List.of(), MANAGER, later(40));
        return request;
    }

    /** An assessment as the body would record it; notes "sealed" as plain bytes. */
    static Assessment anAssessment(CheckResult identity, boolean withRelocationPlan) {
        return assessment(identity, "Synthetic risk: threats after a report",
                withRelocationPlan ? new RecordAssessment.Relocation("DE", "Synthetic Shelter e.V.", 6, 3) : null);
    }

    static Assessment assessment(CheckResult identity, String riskAssessment, RecordAssessment.Relocation plan) {
        return new RecordAssessment(new RecordAssessment.Criterion(identity, "Verified by partner organisation"),
                new RecordAssessment.Criterion(CheckResult.MET, "Threatened after publishing"),
                new RecordAssessment.Criterion(CheckResult.UNCLEAR, "Other support being checked"), riskAssessment, plan)
                .toAssessment((field, text) -> bytes(text));
    }

    static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }
}
