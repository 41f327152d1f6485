package org.haven.export;

import jakarta.ws.rs.core.Response;

import org.haven.shared.security.AccessScope;
import org.haven.shared.security.Actor;
import org.haven.shared.web.ProblemException;

/** What the organisation and activity export endpoints share: JSON Lines only, the sensitive-field rule. */
final class GroupExports {

    static final String FORMAT_DESCRIPTION = "jsonl (also ndjson, json); the only format of this export";

    private GroupExports() {
    }

    static Response stream(GroupExportService service, Actor actor, AccessScope scope, GroupFilter filter,
            String format, String includeSensitive, String reason) {
        if (format != null && !format.isBlank() && ExportFormat.named(format) != ExportFormat.JSONL) {
            throw ProblemException.badParameter("format", "organisation and activity histories are exported as "
                    + "jsonl only");
        }
        String sensitiveReason = ExportResource.sensitiveReason(actor, ExportFormat.JSONL, includeSensitive, reason);
        String name = filter.kind() == ExportKind.ORGANISATION_HISTORIES ? "organisation-histories"
                : "activity-histories";
        return ExportResource.attachment(service.begin(actor, scope, filter, sensitiveReason), name);
    }
}
