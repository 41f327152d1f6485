package org.haven.request;

import jakarta.enterprise.context.ApplicationScoped;

import org.haven.shared.paging.Page;
import org.haven.shared.paging.PageRequest;

/**
 * The request queue as {@code GET /requests?status=…&overdue=…} serves it, for callers outside this
 * package (the web console): the same service, the same need-to-know scope, the same order (deadline,
 * then reference). Nothing else is decided here.
 */
@ApplicationScoped
public class RequestQueue {

    private final RequestService service;

    RequestQueue(RequestService service) {
        this.service = service;
    }

    /** Requests the caller may see, earliest decision deadline first; a null filter means "any". */
    public Page<RequestSummary> byDeadline(RequestStatus status, Boolean overdue, PageRequest page) {
        return service.list(new RequestFilter(status, null, null, null, null, overdue), RequestSort.parse("deadline"),
                page);
    }
}
