package org.haven.defender;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.haven.shared.web.ProblemException;

import io.quarkus.panache.common.Sort;

/** The sort orders the defender list offers: {@code reference}, {@code -registeredAt}, ... */
enum DefenderSort {
    REFERENCE("reference", "reference"),
    PSEUDONYM("pseudonym", "pseudonym"),
    RISK_LEVEL("riskLevel", "riskRank"),
    REGISTERED_AT("registeredAt", "registeredAt"),
    UPDATED_AT("updatedAt", "updatedAt");

    private final String parameter;
    private final String property;
    DefenderSort(String parameter, String property) {
        this.parameter = parameter;
        this.property = property;
    }

    /** The name of this order in the {@code sort} parameter. */
    String parameter() {
        return parameter;
    }

    static Sort parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Sort.by("reference");
        }
        String value = raw.trim();
        boolean desc = value.startsWith("-");
        String name = desc ? value.substring(1) : value;
        for (DefenderSort s : values()) {
            if (s.parameter.equals(name)) {
                Sort sort = Sort.by(s.property, desc ? Sort.Direction.Descending : Sort.Direction.Ascending);
                return s.property.equals("reference") ? sort : sort.and("reference");
            }
        }
        throw ProblemException.badParameter("sort", "must be one of " + Arrays.stream(values())
                .map(s -> s.parameter).collect(Collectors.joining(", ")) + ", optionally prefixed with - for descending");
    }
}
