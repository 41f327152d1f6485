package org.haven.request;

import static org.haven.request.RequestBuilder.aRequest;
import static org.haven.request.RequestBuilder.later;
import static org.haven.request.RequestBuilder.manager;
import static org.haven.request.RequestBuilder.officer;
import static org.haven.support.RefusalAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.haven.request.AssistanceRequest.Reassignment;
import org.haven.shared.error.Refusal.Kind;
import org.haven.shared.security.Actor;
import org.haven.shared.security.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Assignment (docs/domain.md#assignment): at most one officer; who may assign whom. */
class RequestAssignmentSpecTest {

    private final Actor zainab = officer("officer-zainab");
    private final Actor omar = officer("officer-omar");
    private final Actor maria = manager("manager-maria");

    private static Reassignment assign(AssistanceRequest request, String officer, Actor actor) {
        return request.assignTo(officer, actor, later(15));
    }

    @Test
    void aManagerAssignsAnyOfficer() {
        AssistanceRequest request = aRequest().received();
        assertEquals(new Reassignment(null, "officer-zainab"), assign(request, "officer-zainab", maria));
        assertEquals("officer-zainab", request.assignedOfficer());
    }

    @Test
    void aManagerReassigns() {
        AssistanceRequest request = aRequest().received();
        assign(request, "officer-zainab", maria);
        assertEquals(new Reassignment("officer-zainab", "officer-omar"), assign(request, "officer-omar", maria));
        assertEquals("officer-omar", request.assignedOfficer());
    }

    @Test
    void anOfficerTakesAnUnassignedRequestForThemselves() {
        AssistanceRequest request = aRequest().received();
        assign(request, "officer-zainab", zainab);
        assertEquals("officer-zainab", request.assignedOfficer());
    }

    @Test
    void anOfficerMayConfirmARequestThatIsAlreadyTheirs() {
        AssistanceRequest request = aRequest().received();
        assign(request, "officer-zainab", maria);
        assertEquals(new Reassignment("officer-zainab", "officer-zainab"), assign(request, "officer-zainab", zainab));
    }

    @Test
    void anOfficerMayNotAssignSomeoneElse() {
        AssistanceRequest request = aRequest().received();
        assertRefused(Kind.FORBIDDEN, "assign-others-forbidden", () -> assign(request, "officer-omar", zainab));
        assertEquals(null, request.assignedOfficer());
    }

    @Test
    void anOfficerMayNotTakeAColleaguesRequest() {
        AssistanceRequest request = aRequest().received();
        assign(request, "officer-omar", omar);
        assertRefused(Kind.CONFLICT, "already-assigned", () -> assign(request, "officer-zainab", zainab));
        assertEquals("officer-omar", request.assignedOfficer());
    }

    @Test
    void anOfficerWhoIsAlsoAManagerAssignsLikeAManager() {
        Actor both = new Actor("lead-lina", "Lead", List.of(Roles.PROTECTION_OFFICER, Roles.PROGRAMME_MANAGER));
        AssistanceRequest request = aRequest().received();
        assign(request, "officer-omar", omar);
        assign(request, "officer-zainab", both);
        assertEquals("officer-zainab", request.assignedOfficer());
    }

    @ParameterizedTest
    @EnumSource(names = { "DECLINED", "REFERRED", "WITHDRAWN", "CLOSED" })
    void aFinalRequestIsNotReassigned(RequestStatus status) {
        AssistanceRequest request = aRequest().in(status);
        assertRefused(Kind.CONFLICT, "request-final", () -> assign(request, "officer-zainab", maria));
        assertEquals(null, request.assignedOfficer());
    }

    @ParameterizedTest
    @EnumSource(names = { "RECEIVED", "IN_ASSESSMENT", "SUPPORTED" })
    void aRequestThatIsNotFinalCanBeAssigned(RequestStatus status) {
        AssistanceRequest request = aRequest().in(status);
        assign(request, "officer-zainab", maria);
        assertEquals("officer-zainab", request.assignedOfficer());
    }

    @Test
    void theOfficerIsStoredTrimmed() {
        AssistanceRequest request = aRequest().received();
        assign(request, "  officer-zainab ", zainab);
        assertEquals("officer-zainab", request.assignedOfficer());
    }
}
