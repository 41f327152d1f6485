package org.haven.console;

import java.util.List;

import org.haven.export.ExportFormat;
import org.haven.fund.FundView;
import org.haven.request.AssistanceType;
import org.haven.request.RequestStatus;

/**
 * The "build an export" form: the filters of {@code GET /exports/case-histories} under the API's parameter
 * names, with their choices in the reader's language, and the format.
 */
public record ExportForm(ConsoleForm form, List<CasePage.Choice> statuses, List<CasePage.Choice> types,
        List<CasePage.Choice> funds, List<CasePage.Choice> formats) {

    /** The fields of the form, in its order. */
    static final List<String> FIELDS = List.of("from", "to", "status", "assistanceType", "fundId", "format");

    static ExportForm of(ConsoleForm form, List<FundView> funds, ConsoleFormat format) {
        ConsoleMessages msg = format.messages();
        CaseMessages cases = ConsolePages.bundle(CaseMessages.class, format.language());
        AuditMessages m = ConsolePages.bundle(AuditMessages.class, format.language());
        return new ExportForm(form.value("format") == null ? form.with("format", "jsonl") : form,
                CaseLabels.choices(RequestStatus.class, s -> Caseload.status(s, msg)),
                CaseLabels.choices(AssistanceType.class, t -> CaseLabels.assistanceType(t, cases)),
                funds.stream().map(f -> new CasePage.Choice(f.id().toString(), f.name())).toList(),
                List.of(new CasePage.Choice(ExportFormat.JSONL.extension(), m.format_jsonl()),
                        new CasePage.Choice(ExportFormat.CSV.extension(), m.format_csv())));
    }
}
