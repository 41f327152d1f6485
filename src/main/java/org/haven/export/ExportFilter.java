package org.haven.export;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Which cases to export; null means "any". Period is on the date the request was received, [from, to). */
record ExportFilter(Instant from, Instant to, String status, UUID fundId, String assistanceType, UUID requestId) {

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
