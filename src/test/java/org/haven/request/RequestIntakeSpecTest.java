package org.haven.request;

import static org.haven.request.RequestBuilder.OFFICER;
import static org.haven.request.RequestBuilder.RECEIVED_AT;
import static org.haven.request.RequestBuilder.TEAM;
import static org.haven.request.RequestBuilder.TIME_TO_DECIDE;
import static org.haven.request.RequestBuilder.aRequest;
import static org.haven.request.RequestBuilder.bytes;
import static org.haven.request.RequestBuilder.later;
import static org.haven.support.RefusalAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.haven.shared.error.Refusal.Kind;
import org.haven.shared.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A request from intake to erasure (docs/domain.md#requests-the-case, #urgency-and-deadlines,
 * #erasure): what it starts as, its deadline, what may be corrected when, and what erasure leaves.
 */
class RequestIntakeSpecTest {

    @Test
    void aNewRequestIsReceivedUnderItsDefendersTeam() {
        AssistanceRequest request = aRequest().received();
        assertEquals(RequestStatus.RECEIVED, request.status());
        assertEquals(TEAM, request.team());
        assertEquals(RECEIVED_AT, request.receivedAt());
        assertEquals(OFFICER.subject(), request.createdBy());
        assertNull(request.assignedOfficer());
        assertNull(request.decidedAt());
    }

    @Test
    void theSummaryIsStoredTrimmedAndTheAmountAtTheCurrencysScale() {
        AssistanceRequest request = aRequest().received();
        assertEquals("Legal aid for an asylum appeal", request.summary());
        assertEquals(new Money(new BigDecimal("2500.00"), "EUR"), request.requestedAmount());
    }

    @ParameterizedTest
    @EnumSource(Urgency.class)
    void theDecisionDeadlineCountsFromReceiptByUrgency(Urgency urgency) {
        AssistanceRequest request = aRequest().withUrgency(urgency).received();
        assertEquals(RECEIVED_AT.plus(TIME_TO_DECIDE.apply(urgency)), request.decisionDeadline());
    }

    @Test
    void correctingTheUrgencyRecountsTheDeadlineFromReceipt() {
        AssistanceRequest request = aRequest().withUrgency(Urgency.STANDARD).inAssessment();
        Instant twoDaysLater = RECEIVED_AT.plus(Duration.ofDays(2));
        request.changeDetails(aRequest().withUrgency(Urgency.IMMEDIATE).details(), TIME_TO_DECIDE, OFFICER,
                twoDaysLater);
        assertEquals(Urgency.IMMEDIATE, request.urgency());
        assertEquals(RECEIVED_AT.plus(Duration.ofHours(24)), request.decisionDeadline(),
                "counted from receipt, not from the correction or any earlier change");
        assertEquals(twoDaysLater, request.updatedAt());
    }

    @ParameterizedTest
    @EnumSource(names = { "RECEIVED", "IN_ASSESSMENT" })
    void intakeDetailsCanBeCorrectedWhileUndecided(RequestStatus status) {
        AssistanceRequest request = aRequest().in(status);
        request.changeDetails(aRequest().withTypes(AssistanceType.MEDICAL).details(), TIME_TO_DECIDE, OFFICER,
                later(50));
        assertEquals(Set.of(AssistanceType.MEDICAL), request.assistanceTypes());
    }

    @ParameterizedTest
    @EnumSource(names = { "SUPPORTED", "DECLINED", "REFERRED", "WITHDRAWN", "CLOSED" })
    void intakeDetailsNoLongerChangeOnceDecided(RequestStatus status) {
        AssistanceRequest request = aRequest().in(status);
        assertRefused(Kind.CONFLICT, "request-decided", () -> request.changeDetails(
                aRequest().withTypes(AssistanceType.MEDICAL).details(), TIME_TO_DECIDE, OFFICER, later(50)));
        assertEquals(Set.of(AssistanceType.LEGAL), request.assistanceTypes());
    }

    @ParameterizedTest
    @EnumSource(names = { "RECEIVED", "IN_ASSESSMENT", "SUPPORTED" })
    void theNarrativeCanChangeUntilTheRequestIsFinal(RequestStatus status) {
        AssistanceRequest request = aRequest().in(status);
        request.changeNarrative(bytes("Corrected narrative"), OFFICER, later(50));
        assertArrayEquals(bytes("Corrected narrative"), request.narrative());
    }

    @ParameterizedTest
    @EnumSource(names = { "DECLINED", "REFERRED", "WITHDRAWN", "CLOSED" })
    void theNarrativeOfAFinalRequestNoLongerChanges(RequestStatus status) {
        AssistanceRequest request = aRequest().in(status);
        assertRefused(Kind.CONFLICT, "request-final",
                () -> request.changeNarrative(bytes("Corrected narrative"), OFFICER, later(50)));
        assertArrayEquals(bytes("Synthetic narrative"), request.narrative());
    }

    @Test
    void aRequestIsOverdueWhileUndecidedAfterItsDeadline() {
        AssistanceRequest request = aRequest().withUrgency(Urgency.URGENT).received();
        Instant deadline = request.decisionDeadline();
        assertFalse(request.overdue(deadline.minusSeconds(1)));
        assertFalse(request.overdue(deadline), "at the deadline itself it is not late yet");
        assertTrue(request.overdue(deadline.plusSeconds(1)));
        request.transitionTo(RequestStatus.IN_ASSESSMENT, null, List.of(), OFFICER, later(10));
        assertTrue(request.overdue(deadline.plusSeconds(1)), "IN_ASSESSMENT is still undecided");
    }

    @ParameterizedTest
    @EnumSource(names = { "SUPPORTED", "DECLINED", "REFERRED", "WITHDRAWN", "CLOSED" })
    void aDecidedRequestIsNeverOverdue(RequestStatus status) {
        AssistanceRequest request = aRequest().in(status);
        assertFalse(request.overdue(request.decisionDeadline().plus(Duration.ofDays(30))));
    }

    @Test
    void theReferenceIsTheYearOfReceiptAndASequenceNumber() {
        assertEquals("EA-2026-00042", AssistanceRequest.reference(Instant.parse("2026-12-31T23:59:59Z"), 42));
        assertEquals("EA-2027-00042", AssistanceRequest.reference(Instant.parse("2027-01-01T00:00:00Z"), 42));
        String large = AssistanceRequest.reference(RECEIVED_AT, 1234567);
        assertEquals("EA-2026-1234567", large);
        assertTrue(large.matches(RequestRepository.REFERENCE_PATTERN));
        assertTrue(large.length() <= RequestRepository.REFERENCE_MAX_LENGTH);
    }

    @Test
    void erasureBlanksTheFreeTextsAndKeepsWhatAccountabilityNeeds() {
        AssistanceRequest request = aRequest().withTypes(AssistanceType.TEMPORARY_RELOCATION).inAssessment();
        request.recordAssessment(RequestBuilder.anAssessment(CheckResult.MET, true), OFFICER, later(20));
        request.transitionTo(RequestStatus.REFERRED, "Referred to a partner programme", List.of(), OFFICER,
                later(30));
        String reference = request.reference();
        request.eraseIdentifyingText(later(60));
        assertNull(request.narrative());
        assertEquals("(erased)", request.summary());
        assertNull(request.referringPartner());
        assertEquals("(erased)", request.statusReason());
        Assessment assessment = request.assessment();
        assertNull(assessment.identityNote);
        assertNull(assessment.situationNote);
        assertNull(assessment.needNote);
        assertNull(assessment.riskAssessment);
        assertNull(assessment.hostOrganisation);
        assertEquals(reference, request.reference());
        assertEquals(TEAM, request.team());
        assertEquals(RequestStatus.REFERRED, request.status());
        assertEquals(CheckResult.MET, assessment.identity);
        assertEquals("DE", assessment.hostCountry);
        assertNotNull(request.decidedAt());
        assertEquals(later(60), request.updatedAt());
    }
}
