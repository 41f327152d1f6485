package org.haven.request;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.haven.shared.error.Refusal;
import org.haven.shared.paging.Page;
import org.haven.shared.paging.PageRequest;
import org.haven.shared.security.Actor;

/**
 * The request feature's one door for other features (grants, follow-ups, exports, the console): they reach a
 * request only through here, in their own transaction, and always within the caller's
 * need-to-know scope. What they get back is a {@link RequestRef}, never the entity.
 */
@ApplicationScoped
public class Requests {

    /**
     * Another feature's say on closing a request, without the request feature depending on it:
     * implement it as a CDI bean and it is asked on every move, and weighed when the move is to CLOSED.
     */
    public interface ClosingGuard {

        /** Why the request may not close now (a CONFLICT refusal), or empty. Reads, never changes. */
        Optional<Refusal> objectionToClosing(UUID requestId);
    }

    private final RequestService requests;
    private final RequestWorkflowService workflow;

    Requests(RequestService requests, RequestWorkflowService workflow) {
        this.requests = requests;
        this.workflow = workflow;
    }

    /**
     * The request queue as {@code GET /requests} serves it, for the web console: the same service,
     * the same need-to-know scope, earliest decision deadline first; a null filter means "any".
     */
    public Page<RequestSummary> queueByDeadline(RequestStatus status, Boolean overdue, PageRequest page) {
        return requests.list(new RequestFilter(status, null, null, null, null, overdue), RequestSort.parse("deadline"),
                page);
    }

    /**
     * A defender's requests as {@code GET /requests?defenderId=…&sort=-receivedAt} serves them, newest first,
     * for the console's defender page: the same service and need-to-know scope.
     */
    public Page<RequestSummary> ofDefender(UUID defenderId, PageRequest page) {
        return requests.list(new RequestFilter(null, null, null, defenderId, null, null), RequestSort.parse("-receivedAt"),
                page);
    }

    /** The request as it stands; unknown or not visible is not-found. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RequestRef find(UUID id) {
        return RequestRef.of(requests.find(id));
    }

    /**
     * Whether the caller may see the request under need-to-know (auditors every request, anyone
     * else their teams' and those assigned to them).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isVisible(UUID id) {
        return requests.findOptional(id) != null;
    }

    /** For a proposal naming the request in {@code field}: it must be visible (422) and IN_ASSESSMENT (409). */
    @Transactional(Transactional.TxType.MANDATORY)
    public RequestRef requireInAssessment(UUID id, String field) {
        AssistanceRequest request = requireVisible(id, field);
        request.requireOpenToGrantProposals();
        return RequestRef.of(request);
    }

    /** For a follow-up naming the request in {@code field}: it must be visible (422) and not final (409). */
    @Transactional(Transactional.TxType.MANDATORY)
    public RequestRef requireOpenToFollowUps(UUID id, String field) {
        AssistanceRequest request = requireVisible(id, field);
        request.requireOpenToFollowUps();
        return RequestRef.of(request);
    }

    /**
     * In the transaction of a grant's final approval: the request becomes SUPPORTED (audited), or
     * stays SUPPORTED if an earlier grant made it so.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RequestRef supportedByGrant(UUID id, String grantReference, Actor actor) {
        return workflow.supportedByGrant(id, grantReference, actor);
    }

    private AssistanceRequest requireVisible(UUID id, String field) {
        AssistanceRequest request = id == null ? null : requests.findOptional(id);
        if (request == null) {
            throw Refusal.rule("unknown-request", field, "no such request");
        }
        return request;
    }
}
