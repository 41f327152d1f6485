package org.haven.console;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.haven.audit.AuditEntryView;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The history page of an organisation or an activity: its heading, the way back to the record, and every audit
 * entry about it, newest first, as the API's {@code /history} gives them (sensitive values were never recorded, so
 * none can show). Rendering only; {@link OrganisationHistoryResource} and {@link ActivityHistoryResource} read.
 */
public record GroupHistory(String title, String back, String backLabel, AuditRows entries) {

    @CheckedTemplate(basePath = "console/audit")
    static class Templates {
        static native TemplateInstance groupHistory(ConsolePage page, GroupHistory history);
    }

    static Response page(ConsolePages pages, String title, String back, String backLabel,
            List<AuditEntryView> oldestFirst) {
        ConsolePage page = pages.page();
        GroupHistory history = new GroupHistory(title, back, backLabel,
                AuditRows.newestFirst(oldestFirst, pages.format()));
        return GrantPageForms.page(200, ConsolePages.localized(Templates.groupHistory(page, history), page.language()));
    }
}
