package org.haven.request;

import static org.haven.request.AssistanceType.LEGAL;
import static org.haven.request.AssistanceType.TEMPORARY_RELOCATION;
import static org.haven.request.RequestBuilder.OFFICER;
import static org.haven.request.RequestBuilder.aRequest;
import static org.haven.request.RequestBuilder.anAssessment;
import static org.haven.request.RequestBuilder.assessment;
import static org.haven.request.RequestBuilder.later;
import static org.haven.request.RequestBuilder.officer;
import static org.haven.support.RefusalAssertions.assertRefused;
import static org.haven.support.RefusalAssertions.assertRefusedOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.haven.shared.error.Refusal.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The assessment (docs/domain.md#assessment): when it is recorded, the relocation plan, when it is complete. */
class RequestAssessmentSpecTest {

    @ParameterizedTest
    @EnumSource(names = "IN_ASSESSMENT", mode = EnumSource.Mode.EXCLUDE)
    void anAssessmentIsRecordedOnlyWhileInAssessment(RequestStatus status) {
        AssistanceRequest request = aRequest().in(status);
        Assessment before = request.assessment();
        assertRefused(Kind.CONFLICT, "request-not-in-assessment",
                () -> request.recordAssessment(anAssessment(CheckResult.MET, false), OFFICER, later(50)));
        assertSame(before, request.assessment(), "an earlier assessment, if any, stays as it was");
    }

    @Test
    void theAssessorAndTheTimeAreRecorded() {
        AssistanceRequest request = aRequest().inAssessment();
        request.recordAssessment(anAssessment(CheckResult.MET, false), officer("officer-bilal"), later(25));
        assertEquals("officer-bilal", request.assessment().assessedBy);
        assertEquals(later(25), request.assessment().assessedAt);
    }

    @Test
    void aRelocationRequestNeedsARelocationPlan() {
        AssistanceRequest request = aRequest().withTypes(TEMPORARY_RELOCATION, LEGAL).inAssessment();
        assertRefusedOn(Kind.RULE, "relocation-plan-required", "relocation",
                () -> request.recordAssessment(anAssessment(CheckResult.MET, false), OFFICER, later(20)));
        assertFalse(request.assessment().recorded());
    }

    @Test
    void aRelocationPlanNamesHostCountryDurationAndFamily() {
        AssistanceRequest request = aRequest().withTypes(TEMPORARY_RELOCATION).inAssessment();
        RecordAssessment.Relocation withoutDuration = new RecordAssessment.Relocation("DE", null, null, 2);
        assertRefusedOn(Kind.RULE, "relocation-plan-required", "relocation", () -> request.recordAssessment(
                assessment(CheckResult.MET, "Synthetic risk", withoutDuration), OFFICER, later(20)));
        request.recordAssessment(assessment(CheckResult.MET, "Synthetic risk",
                new RecordAssessment.Relocation("DE", null, 12, 0)), OFFICER, later(21));
        assertTrue(request.assessmentComplete(), "the host organisation is optional");
    }

    @Test
    void anAssessmentIsCompleteWithTheThreeCriteriaAndTheRiskAssessment() {
        AssistanceRequest request = aRequest().inAssessment();
        assertFalse(request.assessmentComplete(), "nothing recorded yet");
        request.recordAssessment(anAssessment(CheckResult.MET, false), OFFICER, later(20));
        assertTrue(request.assessmentComplete());
    }

    @Test
    void withoutARiskAssessmentTheAssessmentIsIncomplete() {
        AssistanceRequest request = aRequest().inAssessment();
        request.recordAssessment(assessment(CheckResult.MET, null, null), OFFICER, later(20));
        assertFalse(request.assessmentComplete());
    }

    @Test
    void aNotMetCriterionStillCountsAsRecorded() {
        AssistanceRequest request = aRequest().inAssessment();
        request.recordAssessment(anAssessment(CheckResult.NOT_MET, false), OFFICER, later(20));
        assertTrue(request.assessmentComplete(), "complete says nothing about eligibility");
    }

    @Test
    void aRelocationAssessmentIsCompleteOnlyWithItsPlan() {
        AssistanceRequest request = aRequest().withTypes(TEMPORARY_RELOCATION).inAssessment();
        request.recordAssessment(anAssessment(CheckResult.MET, true), OFFICER, later(20));
        assertTrue(request.assessmentComplete());
    }

    @Test
    void addingRelocationLaterMakesAnAssessmentWithoutAPlanIncomplete() {
        AssistanceRequest request = aRequest().assessed();
        assertTrue(request.assessmentComplete());
        RequestDetails details = aRequest().withTypes(LEGAL, TEMPORARY_RELOCATION).details();
        request.changeDetails(details, RequestBuilder.TIME_TO_DECIDE, OFFICER, later(40));
        assertFalse(request.assessmentComplete());
    }

    @Test
    void recordingAgainReplacesTheEarlierAssessment() {
        AssistanceRequest request = aRequest().assessed();
        request.recordAssessment(anAssessment(CheckResult.UNCLEAR, false), officer("officer-bilal"), later(45));
        assertEquals(CheckResult.UNCLEAR, request.assessment().identity);
        assertEquals("officer-bilal", request.assessment().assessedBy);
        assertEquals(later(45), request.assessment().assessedAt);
    }
}
