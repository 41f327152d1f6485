package org.haven.request;

import org.haven.shared.web.ProblemException;

import io.quarkus.panache.common.Sort;

/** Sort orders of the request queue: deadline (default), receivedAt, reference; "-" for descending. */
final class RequestSort {

    private RequestSort() {
    }

    static Sort parse(String raw) {
        String value = raw == null || raw.isBlank() ? "deadline" : raw.trim();
        boolean desc = value.startsWith("-");
        String name = desc ? value.substring(1) : value;
        String property = switch (name) {
            case "deadline" -> "decisionDeadline";
            case "receivedAt" -> "receivedAt";
            case "reference" -> "reference";
            default -> throw ProblemException.badParameter("sort",
                    "must be deadline, receivedAt or reference, optionally prefixed with - for descending");
        };
        Sort sort = Sort.by(property, desc ? Sort.Direction.Descending : Sort.Direction.Ascending);
        return property.equals("reference") ? sort : sort.and("reference");
    }
}
