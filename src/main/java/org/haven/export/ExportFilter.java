package org.haven.export;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.haven.request.AssistanceType;
import org.haven.request.RequestStatus;
import org.haven.shared.web.Params;

/** Which cases to export; null means "any". Period is on the date the request was received, [from, to). */
public record ExportFilter(Instant from, Instant to, String status, UUID fundId, String assistanceType,
        UUID requestId) {

    /**
     * The filters as {@code GET /exports/case-histories} reads its query parameters, for the API and the
     * console alike: a bad value is refused naming its parameter (blank means "any").
     */
    public static ExportFilter of(String from, String to, String status, String fundId, String assistanceType) {
        RequestStatus statusFilter = Params.enumValue("status", status, RequestStatus.class);
        AssistanceType typeFilter = Params.enumValue("assistanceType", assistanceType, AssistanceType.class);
        // Params.instant and Params.uuid trim and parse; the published lengths are checked first.
        return new ExportFilter(Params.instant("from", from), Params.instant("to", to),
                statusFilter == null ? null : statusFilter.name(), Params.uuid("fundId", fundId),
                typeFilter == null ? null : typeFilter.name(), null);
    }

    /** One case's history. */
    public static ExportFilter ofCase(UUID requestId) {
        return new ExportFilter(null, null, null, null, null, requestId);
    }

    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("from", from == null ? null : from.toString());
        map.put("to", to == null ? null : to.toString());
        map.put("status", status);
        map.put("fundId", fundId == null ? null : fundId.toString());
        map.put("assistanceType", assistanceType);
        map.put("requestId", requestId == null ? null : requestId.toString());
        return map;
    }
}
