package org.haven.request;

import static org.haven.request.RequestBuilder.MANAGER;
import static org.haven.request.RequestBuilder.OFFICER;
import static org.haven.request.RequestBuilder.aRequest;
import static org.haven.request.RequestBuilder.later;
import static org.haven.request.RequestStatus.CLOSED;
import static org.haven.request.RequestStatus.DECLINED;
import static org.haven.request.RequestStatus.IN_ASSESSMENT;
import static org.haven.request.RequestStatus.RECEIVED;
import static org.haven.request.RequestStatus.REFERRED;
import static org.haven.request.RequestStatus.SUPPORTED;
import static org.haven.request.RequestStatus.WITHDRAWN;
import static org.haven.support.RefusalAssertions.assertRefused;
import static org.haven.support.RefusalAssertions.assertRefusedOn;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.haven.request.AssistanceRequest.StatusChange;
import org.haven.shared.error.Refusal;
import org.haven.shared.error.Refusal.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The case workflow (docs/domain.md#workflow): which moves a person may make, and SUPPORTED through a grant. */
class RequestWorkflowSpecTest {

    /** The table of docs/domain.md and docs/api.md: the moves a person may ask for. */
    private static final Map<RequestStatus, Set<RequestStatus>> MANUAL_MOVES = Map.of(
            RECEIVED, EnumSet.of(IN_ASSESSMENT, WITHDRAWN),
            IN_ASSESSMENT, EnumSet.of(DECLINED, REFERRED, WITHDRAWN),
            SUPPORTED, EnumSet.of(CLOSED),
            DECLINED, EnumSet.noneOf(RequestStatus.class),
            REFERRED, EnumSet.noneOf(RequestStatus.class),
            WITHDRAWN, EnumSet.noneOf(RequestStatus.class),
            CLOSED, EnumSet.noneOf(RequestStatus.class));

    private static StatusChange move(AssistanceRequest request, RequestStatus target, String reason) {
        return request.transitionTo(target, reason, List.of(), MANAGER, later(60));
    }

    @Test
    void aPersonMayMakeExactlyTheMovesOfTheWorkflow() {
        for (RequestStatus from : RequestStatus.values()) {
            for (RequestStatus to : RequestStatus.values()) {
                AssistanceRequest request = aRequest().in(from);
                if (MANUAL_MOVES.get(from).contains(to)) {
                    move(request, to, "Synthetic reason");
                    assertEquals(to, request.status(), from + " -> " + to);
                } else {
                    assertRefused(Kind.CONFLICT, "illegal-transition", () -> move(request, to, "Synthetic reason"));
                    assertEquals(from, request.status(), from + " -> " + to + " must change nothing");
                }
            }
        }
    }

    @Test
    void anIllegalTransitionListsTheAllowedTargets() {
        Refusal refused = assertRefusedOn(Kind.CONFLICT, "illegal-transition", "target",
                () -> move(aRequest().received(), CLOSED, "done"));
        assertEquals("allowed from RECEIVED: IN_ASSESSMENT, WITHDRAWN", refused.errors().get(0).message());
        assertEquals("A request cannot go from RECEIVED to CLOSED. Allowed from RECEIVED: IN_ASSESSMENT, WITHDRAWN.",
                refused.getMessage());
    }

    @Test
    void aFinalRequestAllowsNoMoveAndSaysSo() {
        Refusal refused = assertRefused(Kind.CONFLICT, "illegal-transition",
                () -> move(aRequest().in(WITHDRAWN), IN_ASSESSMENT, null));
        assertEquals("allowed from WITHDRAWN: none (final state)", refused.errors().get(0).message());
    }

    @Test
    void theAllowedMovesNeverOfferSupported() {
        for (RequestStatus status : RequestStatus.values()) {
            assertEquals(MANUAL_MOVES.get(status), status.manualSuccessors(), status.name());
        }
    }

    @Test
    void declinedReferredWithdrawnAndClosedAreFinal() {
        for (RequestStatus status : RequestStatus.values()) {
            assertEquals(EnumSet.of(DECLINED, REFERRED, WITHDRAWN, CLOSED).contains(status), status.isFinal(),
                    status.name());
        }
    }

    @Test
    void aDeclineNeedsAReason() {
        AssistanceRequest request = aRequest().inAssessment();
        assertRefusedOn(Kind.RULE, "reason-required", "reason", () -> move(request, DECLINED, null));
        assertRefusedOn(Kind.RULE, "reason-required", "reason", () -> move(request, DECLINED, "   "));
        assertEquals(IN_ASSESSMENT, request.status());
    }

    @ParameterizedTest
    @EnumSource(names = { "DECLINED", "REFERRED", "WITHDRAWN", "CLOSED" })
    void everyFinalStatusNeedsAReason(RequestStatus target) {
        AssistanceRequest request = aRequest().in(target == CLOSED ? SUPPORTED : IN_ASSESSMENT);
        RequestStatus before = request.status();
        assertRefusedOn(Kind.RULE, "reason-required", "reason", () -> move(request, target, " "));
        assertEquals(before, request.status());
    }

    @Test
    void startingTheAssessmentNeedsNoReason() {
        AssistanceRequest request = aRequest().received();
        StatusChange change = move(request, IN_ASSESSMENT, null);
        assertEquals(new StatusChange(RECEIVED, IN_ASSESSMENT, null), change);
        assertNull(request.statusReason());
    }

    @Test
    void theLegalityOfAMoveIsCheckedBeforeItsReason() {
        assertRefused(Kind.CONFLICT, "illegal-transition", () -> move(aRequest().received(), DECLINED, null));
    }

    @Test
    void theReasonIsStoredTrimmedAndReportedForTheAuditLog() {
        AssistanceRequest request = aRequest().inAssessment();
        StatusChange change = move(request, REFERRED, "  Referred to a partner programme  ");
        assertEquals(new StatusChange(IN_ASSESSMENT, REFERRED, "Referred to a partner programme"), change);
        assertEquals("Referred to a partner programme", request.statusReason());
    }

    @Test
    void theFirstDecisionSetsDecidedAtAndClosingSetsClosedAt() {
        AssistanceRequest request = aRequest().inAssessment();
        assertNull(request.decidedAt(), "moving into assessment decides nothing");
        request.recordAssessment(RequestBuilder.anAssessment(CheckResult.MET, false), OFFICER, later(20));
        request.supportBy("GR-2026-00003", MANAGER, later(30));
        assertEquals(later(30), request.decidedAt());
        assertNull(request.closedAt());
        request.transitionTo(CLOSED, "Support completed", List.of(), MANAGER, later(90));
        assertEquals(later(30), request.decidedAt(), "the first decision stays the decision time");
        assertEquals(later(90), request.closedAt());
    }

    @Test
    void aDeclineIsADecision() {
        AssistanceRequest request = aRequest().inAssessment();
        move(request, DECLINED, "Not at risk because of human rights work");
        assertEquals(later(60), request.decidedAt());
        assertNull(request.closedAt());
    }

    @Test
    void aPersonCannotMoveARequestToSupported() {
        AssistanceRequest request = aRequest().assessed();
        Refusal refused = assertRefused(Kind.CONFLICT, "illegal-transition", () -> move(request, SUPPORTED, "approve"));
        assertTrue(refused.getMessage().startsWith("A request becomes SUPPORTED only when a grant for it is approved."),
                refused.getMessage());
        assertEquals(IN_ASSESSMENT, request.status());
    }

    @Test
    void aRequestBecomesSupportedOnlyThroughAGrant() {
        AssistanceRequest request = aRequest().assessed();
        Optional<StatusChange> change = request.supportBy("GR-2026-00007", MANAGER, later(30));
        assertEquals(Optional.of(new StatusChange(IN_ASSESSMENT, SUPPORTED, "Grant GR-2026-00007 approved")), change);
        assertEquals(SUPPORTED, request.status());
        assertEquals("Grant GR-2026-00007 approved", request.statusReason());
    }

    @Test
    void furtherGrantsLeaveASupportedRequestAsItIs() {
        AssistanceRequest request = aRequest().supported();
        String reason = request.statusReason();
        assertEquals(Optional.empty(), request.supportBy("GR-2026-00008", MANAGER, later(50)));
        assertEquals(SUPPORTED, request.status());
        assertEquals(reason, request.statusReason());
        assertEquals(later(30), request.decidedAt());
    }

    @ParameterizedTest
    @EnumSource(names = { "RECEIVED", "DECLINED", "REFERRED", "WITHDRAWN", "CLOSED" })
    void aGrantSupportsOnlyARequestInAssessment(RequestStatus status) {
        AssistanceRequest request = aRequest().in(status);
        assertRefused(Kind.CONFLICT, "request-not-in-assessment", () -> request.supportBy("GR-2026-00009", MANAGER,
                later(70)));
        assertEquals(status, request.status());
    }

    @Test
    void aGrantNeedsACompleteAssessmentBeforeTheRequestIsSupported() {
        AssistanceRequest request = aRequest().inAssessment();
        assertRefused(Kind.CONFLICT, "assessment-incomplete", () -> request.supportBy("GR-2026-00010", MANAGER,
                later(30)));
        assertEquals(IN_ASSESSMENT, request.status());
    }

    @Test
    void aRequestDoesNotCloseWhileAnotherFeatureObjects() {
        AssistanceRequest request = aRequest().supported();
        Refusal objection = Refusal.conflict("follow-ups-planned", "The case has 1 planned follow-up(s).");
        Refusal refused = assertRefused(Kind.CONFLICT, "follow-ups-planned", () -> request.transitionTo(CLOSED,
                "Support completed", List.of(objection), MANAGER, later(90)));
        assertSame(objection, refused);
        assertEquals(SUPPORTED, request.status());
        assertNull(request.closedAt());
    }

    @Test
    void objectionsToClosingDoNotHoldUpOtherMoves() {
        AssistanceRequest request = aRequest().inAssessment();
        Refusal objection = Refusal.conflict("follow-ups-planned", "The case has 1 planned follow-up(s).");
        assertDoesNotThrow(() -> request.transitionTo(WITHDRAWN, "No longer needed", List.of(objection), OFFICER,
                later(60)));
        assertEquals(WITHDRAWN, request.status());
    }

    @Test
    void grantsAreProposedOnlyWhileTheRequestIsInAssessment() {
        for (RequestStatus status : RequestStatus.values()) {
            AssistanceRequest request = aRequest().in(status);
            if (status == IN_ASSESSMENT) {
                assertDoesNotThrow(request::requireOpenToGrantProposals);
            } else {
                assertRefused(Kind.CONFLICT, "request-not-in-assessment", request::requireOpenToGrantProposals);
            }
        }
    }

    @Test
    void followUpsArePlannedOnlyForARequestThatIsNotFinal() {
        for (RequestStatus status : RequestStatus.values()) {
            AssistanceRequest request = aRequest().in(status);
            if (status.isFinal()) {
                Refusal refused = assertRefused(Kind.CONFLICT, "request-final", request::requireOpenToFollowUps);
                assertEquals("The request is " + status + "; no follow-ups can be planned for it.",
                        refused.getMessage());
            } else {
                assertDoesNotThrow(request::requireOpenToFollowUps);
            }
        }
    }
}
