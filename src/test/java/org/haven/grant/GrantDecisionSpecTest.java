package org.haven.grant;

import static org.haven.grant.GrantBuilder.DUE_DILIGENCE_DONE;
import static org.haven.grant.GrantBuilder.NOW;
import static org.haven.grant.GrantBuilder.OFFICER;
import static org.haven.grant.GrantBuilder.WITHIN_CAPS;
import static org.haven.grant.GrantBuilder.aGrant;
import static org.haven.grant.GrantBuilder.manager;
import static org.haven.grant.GrantBuilder.officerAndManager;
import static org.haven.support.RefusalAssertions.assertRefused;
import static org.haven.support.RefusalAssertions.assertRefusedOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.haven.shared.error.Refusal;
import org.haven.shared.error.Refusal.Kind;
import org.haven.shared.security.Actor;
import org.junit.jupiter.api.Test;

/**
 * Four eyes (docs/domain.md, Grants; the order of the rules is docs/api.md's): a programme manager
 * decides, never on their own proposal; above the threshold two different managers approve, each
 * with a comment; due diligence before the final approval; a rejection needs a comment.
 */
class GrantDecisionSpecTest {

    private final Actor dual = officerAndManager("dual-role");
    private final Actor first = manager("manager-first");
    private final Actor second = manager("manager-second");

    private static Grant.Outcome approve(Grant grant, Actor manager, String comment) {
        return grant.decide(manager, Decision.APPROVE, comment, DUE_DILIGENCE_DONE, WITHIN_CAPS, NOW);
    }

    private static Grant.Outcome reject(Grant grant, Actor manager, String comment) {
        return grant.decide(manager, Decision.REJECT, comment, null, WITHIN_CAPS, NOW);
    }

    private Grant aGrantNeedingTwoApprovals() {
        Grant grant = aGrant().of("7000", "EUR").proposed();
        assertEquals(2, grant.approvalsRequired());
        return grant;
    }

    @Test
    void proposerCannotApproveOwnProposal() {
        Grant grant = aGrant().proposedBy(dual).proposed();
        Refusal refusal = assertRefused(Kind.FORBIDDEN, "own-proposal", () -> approve(grant, dual, "mine"));
        assertInstanceOf(FourEyesViolation.class, refusal, "kept in the audit log");
        assertTrue(((FourEyesViolation) refusal).auditReason().contains("own proposal (attempted APPROVE)"));
        assertEquals(GrantStatus.PROPOSED, grant.status());
        assertTrue(grant.approvals().isEmpty());
    }

    @Test
    void proposerCannotRejectOwnProposalEither() {
        Grant grant = aGrant().proposedBy(dual).proposed();
        Refusal refusal = assertRefused(Kind.FORBIDDEN, "own-proposal", () -> reject(grant, dual, "mine"));
        assertTrue(((FourEyesViolation) refusal).auditReason().contains("(attempted REJECT)"));
        assertEquals(GrantStatus.PROPOSED, grant.status());
    }

    @Test
    void theProposerIsRefusedBeforeAnyOtherRuleIsChecked() {
        Grant rejected = aGrant().proposedBy(dual).proposed();
        reject(rejected, first, "Funded by another mechanism");
        assertRefused(Kind.FORBIDDEN, "own-proposal", () -> reject(rejected, dual, null));
        assertRefused(Kind.FORBIDDEN, "own-proposal", () -> approve(rejected, dual, null));
    }

    @Test
    void belowTheThresholdOneApprovalIsFinal() {
        Grant grant = aGrant().of("5000", "EUR").proposed();
        assertEquals(Grant.Outcome.APPROVED, approve(grant, first, " Meets need "));
        assertEquals(GrantStatus.APPROVED, grant.status());
        assertEquals(NOW, grant.approvedAt());
        assertEquals(NOW, grant.decidedAt());
        assertEquals("Meets need", grant.decisionReason());
        assertEquals(first.subject(), grant.approvals().get(0).approver);
    }

    @Test
    void aSingleApprovalNeedsNoComment() {
        Grant grant = aGrant().of("1000", "EUR").proposed();
        assertEquals(Grant.Outcome.APPROVED, approve(grant, first, "  "));
        assertNull(grant.decisionReason());
    }

    @Test
    void aboveTheThresholdTheFirstApprovalIsOnlyRecorded() {
        Grant grant = aGrantNeedingTwoApprovals();
        assertEquals(Grant.Outcome.APPROVAL_RECORDED, approve(grant, first, "Relocation plan is sound"));
        assertEquals(GrantStatus.PROPOSED, grant.status());
        assertEquals(1, grant.approvals().size());
        assertNull(grant.approvedAt());
    }

    @Test
    void secondApprovalByTheSameManagerIsRefused() {
        Grant grant = aGrantNeedingTwoApprovals();
        approve(grant, first, "Relocation plan is sound");
        Refusal refusal = assertRefused(Kind.FORBIDDEN, "second-approver-must-differ",
                () -> approve(grant, first, "again"));
        assertInstanceOf(FourEyesViolation.class, refusal, "kept in the audit log");
        assertEquals(1, grant.approvals().size());
        assertEquals(GrantStatus.PROPOSED, grant.status());
    }

    @Test
    void aSecondManagerMakesTheApprovalFinal() {
        Grant grant = aGrantNeedingTwoApprovals();
        approve(grant, first, "Relocation plan is sound");
        assertEquals(Grant.Outcome.APPROVED, approve(grant, second, "Agree"));
        assertEquals(GrantStatus.APPROVED, grant.status());
        assertEquals(2, grant.approvals().size());
        assertEquals(second.subject(), grant.approvals().get(1).approver);
        assertEquals("Agree", grant.decisionReason());
    }

    @Test
    void everyApprovalOfATwoManagerGrantNeedsAComment() {
        Grant grant = aGrantNeedingTwoApprovals();
        assertRefusedOn(Kind.RULE, "comment-required", "comment", () -> approve(grant, first, null));
        assertRefusedOn(Kind.RULE, "comment-required", "comment", () -> approve(grant, first, "   "));
        approve(grant, first, "Relocation plan is sound");
        assertRefusedOn(Kind.RULE, "comment-required", "comment", () -> approve(grant, second, null));
        assertEquals(1, grant.approvals().size());
    }

    @Test
    void aRejectionNeedsAComment() {
        Grant grant = aGrant().proposed();
        assertRefusedOn(Kind.RULE, "comment-required", "comment", () -> reject(grant, first, null));
        assertRefusedOn(Kind.RULE, "comment-required", "comment", () -> reject(grant, first, " "));
        assertEquals(GrantStatus.PROPOSED, grant.status());
    }

    @Test
    void aRejectionEndsTheProposalWithItsComment() {
        Grant grant = aGrant().proposed();
        assertEquals(Grant.Outcome.REJECTED, reject(grant, first, " Funded by another mechanism "));
        assertEquals(GrantStatus.REJECTED, grant.status());
        assertEquals("Funded by another mechanism", grant.decisionReason());
        assertEquals(NOW, grant.decidedAt());
        assertNull(grant.approvedAt());
    }

    @Test
    void onlyAProposedGrantIsDecidedOn() {
        Grant rejected = aGrant().proposed();
        reject(rejected, first, "No");
        Refusal refusal = assertRefusedOn(Kind.CONFLICT, "grant-rejected", "status",
                () -> approve(rejected, second, "too late"));
        assertEquals("is REJECTED", refusal.errors().get(0).message());
        Grant approved = aGrant().approved();
        assertRefusedOn(Kind.CONFLICT, "grant-approved", "status", () -> reject(approved, second, "changed my mind"));
        assertRefusedOn(Kind.CONFLICT, "grant-approved", "status", () -> approve(approved, second, "again"));
    }

    @Test
    void theFinalApprovalNeedsDueDiligence() {
        Grant grant = aGrant().proposed();
        assertRefusedOn(Kind.RULE, "due-diligence-required", "dueDiligence",
                () -> grant.decide(first, Decision.APPROVE, "ok", null, WITHIN_CAPS, NOW));
        assertEquals(GrantStatus.PROPOSED, grant.status());
        assertNull(grant.sanctionsScreened());
    }

    @Test
    void sanctionsScreeningMustBeDoneBeforeTheFinalApproval() {
        Grant grant = aGrant().proposed();
        assertRefusedOn(Kind.RULE, "sanctions-screening-required", "dueDiligence.sanctionsScreened",
                () -> grant.decide(first, Decision.APPROVE, "ok", new DueDiligence(false, false, null), WITHIN_CAPS,
                        NOW));
        assertNull(grant.sanctionsScreened(), "a refused decision records nothing");
    }

    @Test
    void aPurposeFundedElsewhereIsNotFundedTwice() {
        Grant grant = aGrant().proposed();
        assertRefusedOn(Kind.RULE, "funded-elsewhere", "dueDiligence.fundedElsewhere",
                () -> grant.decide(first, Decision.APPROVE, "ok", new DueDiligence(true, true, null), WITHIN_CAPS,
                        NOW));
        assertEquals(GrantStatus.PROPOSED, grant.status());
    }

    @Test
    void theFirstOfTwoApprovalsNeedsNoDueDiligenceYet() {
        Grant grant = aGrantNeedingTwoApprovals();
        assertEquals(Grant.Outcome.APPROVAL_RECORDED,
                grant.decide(first, Decision.APPROVE, "Plan is sound", null, WITHIN_CAPS, NOW));
        assertRefusedOn(Kind.RULE, "due-diligence-required", "dueDiligence",
                () -> grant.decide(second, Decision.APPROVE, "Agree", null, WITHIN_CAPS, NOW));
    }

    @Test
    void dueDiligenceGivenWithTheFirstApprovalCountsForTheFinalOne() {
        Grant grant = aGrantNeedingTwoApprovals();
        approve(grant, first, "Plan is sound");
        assertEquals(Grant.Outcome.APPROVED,
                grant.decide(second, Decision.APPROVE, "Agree", null, WITHIN_CAPS, NOW));
        assertEquals(Boolean.TRUE, grant.sanctionsScreened());
        assertEquals(Boolean.FALSE, grant.fundedElsewhere());
        assertEquals(first.subject(), grant.dueDiligenceBy());
    }

    @Test
    void theCapsAreAskedOnlyAtTheFinalApprovalAndBeforeTheDueDiligence() {
        AtomicInteger asked = new AtomicInteger();
        Grant.Caps exceeded = g -> {
            asked.incrementAndGet();
            throw Refusal.rule("defender-cap-exceeded", "amount.amount", "over the cap");
        };
        Grant grant = aGrantNeedingTwoApprovals();
        grant.decide(first, Decision.APPROVE, "Plan is sound", null, exceeded, NOW);
        assertEquals(0, asked.get(), "not at the first of two approvals");
        assertRefused(Kind.RULE, "defender-cap-exceeded",
                () -> grant.decide(second, Decision.APPROVE, "Agree", null, exceeded, NOW));
        assertEquals(1, asked.get());
        assertEquals(GrantStatus.PROPOSED, grant.status());
        assertEquals(1, grant.approvals().size());
    }

    @Test
    void aRejectionDoesNotAskTheCaps() {
        Grant grant = aGrant().proposed();
        grant.decide(first, Decision.REJECT, "No", null, g -> {
            throw new AssertionError("caps asked on a rejection");
        }, NOW);
        assertEquals(GrantStatus.REJECTED, grant.status());
    }

    @Test
    void aManagerWhoAlsoProposesMayDecideOnOthersProposals() {
        Grant grant = aGrant().proposedBy(OFFICER).proposed();
        assertEquals(Grant.Outcome.APPROVED, approve(grant, dual, "ok"));
    }

    @Test
    void theStandingOfEachManagerFollowsTheFourEyesRules() {
        Grant grant = aGrant().of("7000", "EUR").proposedBy(dual).proposed();
        assertEquals(DecisionStanding.OWN_PROPOSAL, grant.standingOf(dual.subject()));
        assertEquals(DecisionStanding.MAY_DECIDE, grant.standingOf(first.subject()));
        approve(grant, first, "First of two");
        assertEquals(DecisionStanding.ALREADY_APPROVED, grant.standingOf(first.subject()));
        assertEquals(DecisionStanding.MAY_DECIDE, grant.standingOf(second.subject()));
        approve(grant, second, "Second of two");
        assertEquals(DecisionStanding.NOT_AWAITING_DECISION, grant.standingOf(second.subject()));
        assertEquals(DecisionStanding.OWN_PROPOSAL, grant.standingOf(dual.subject()), "the proposer never decides");
    }
}
