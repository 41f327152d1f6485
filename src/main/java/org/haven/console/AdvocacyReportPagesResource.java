package org.haven.console;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.haven.legal.AdvocacyReport;
import org.haven.legal.AdvocacyReportService;
import org.haven.legal.Quarter;
import org.haven.legal.ReportDimension;
import org.haven.legal.ReportPopulation;
import org.haven.legal.ReportRequest;
import org.haven.shared.error.Refusal;
import org.haven.shared.security.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * The safe aggregate report: a form (a GET, as it changes nothing but the audit log), the table as published, and
 * the signed CSV as a file. The same service and rules as {@code GET /reports/advocacy}; each showing and each
 * download is a report of its own, recorded in the audit log.
 */
@Path("/console/reports/advocacy")
public class AdvocacyReportPagesResource {

    @CheckedTemplate(basePath = "console/legal")
    static class Templates {
        static native TemplateInstance report(ConsolePage page, ConsoleForm form, List<GrantLabels.Choice> dimensions,
                ReportTable table, int k, String download);
    }

    /** The published table in the reader's words; "x" for a count that is not published. */
    record ReportTable(String corner, List<String> columns, List<Row> rows, Row totals, String issued) {

        record Row(String label, List<String> values) {
        }
    }

    private final AdvocacyReportService reports;
    private final ConsolePages pages;

    AdvocacyReportPagesResource(AdvocacyReportService reports, ConsolePages pages) {
        this.reports = reports;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    public Response page(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("population") String population, @QueryParam("rows") String rows,
            @QueryParam("columns") String columns) {
        ConsolePage page = pages.page();
        LegalMessages m = ConsolePages.bundle(LegalMessages.class, page.language());
        ConsoleForm form = ConsoleForm.empty().with("from", from).with("to", to).with("population", population)
                .with("rows", rows).with("columns", columns);
        form.label("from", m.from_label()).label("to", m.to_label()).label("population", m.population_label())
                .label("rows", m.rows_label()).label("columns", m.columns_label());
        ReportTable table = null;
        String download = null;
        int status = 200;
        if (rows != null) {
            ReportRequest request = request(form, pages.formErrors());
            if (request != null) {
                AdvocacyReport report = reports.issue(request);
                table = table(report, pages.format(), m);
                download = "/console/reports/advocacy/csv?" + query(request);
            } else {
                status = 422;
            }
        }
        return GrantPageForms.page(status, ConsolePages.localized(Templates.report(page, form,
                LegalLabels.dimensions(m), table, reports.minimumCount(), download), page.language()));
    }

    @GET
    @Path("/csv")
    @Produces("text/csv")
    @RolesAllowed({ Roles.PROGRAMME_MANAGER, Roles.AUDITOR })
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("population") String population, @QueryParam("rows") String rows,
            @QueryParam("columns") String columns) {
        ConsoleForm form = ConsoleForm.empty().with("from", from).with("to", to).with("population", population)
                .with("rows", rows).with("columns", columns);
        ReportRequest request = request(form, pages.formErrors());
        if (request == null) {
            throw Refusal.rule("validation-failed", "rows", "the report's parameters are not valid");
        }
        AdvocacyReport report = reports.issue(request);
        return ConsoleDownloads.attachment(report.csv(), MediaType.valueOf("text/csv; charset=UTF-8"),
                "haven-report-" + report.reportId() + ".csv");
    }

    /** The request the form describes, or null with its problems marked on the form. */
    private ReportRequest request(ConsoleForm form, FormErrors errors) {
        Quarter from = quarter(form, "from", errors);
        Quarter to = quarter(form, "to", errors);
        ReportPopulation population = choice(form, "population", ReportPopulation.class, errors);
        ReportDimension rows = choice(form, "rows", ReportDimension.class, errors);
        ReportDimension columns = choice(form, "columns", ReportDimension.class, errors);
        if (form.hasErrors()) {
            return null;
        }
        try {
            return ReportRequest.of(from, to, population, rows, columns, reports.currentQuarter());
        } catch (Refusal refusal) {
            errors.refused(refusal, form);
            return null;
        }
    }

    private static Quarter quarter(ConsoleForm form, String field, FormErrors errors) {
        String value = form.value(field);
        if (value == null) {
            return null;
        }
        Quarter quarter = Quarter.parse(value.trim());
        if (quarter == null) {
            errors.invalid(field, form);
        }
        return quarter;
    }

    private static <E extends Enum<E>> E choice(ConsoleForm form, String field, Class<E> type, FormErrors errors) {
        String value = form.value(field);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.invalid(field, form);
            return null;
        }
    }

    private static String query(ReportRequest r) {
        return "from=" + r.from() + "&to=" + r.to() + "&population=" + r.population() + "&rows=" + r.rows()
                + "&columns=" + r.columns();
    }

    private static ReportTable table(AdvocacyReport report, ConsoleFormat format, LegalMessages m) {
        List<ReportTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < report.rowLabels().size(); i++) {
            List<String> values = new ArrayList<>();
            report.cells().get(i).forEach(v -> values.add(shown(v, format)));
            values.add(shown(report.rowTotals().get(i), format));
            rows.add(new ReportTable.Row(label(report.rowLabels().get(i), m), values));
        }
        List<String> totals = new ArrayList<>();
        report.columnTotals().forEach(v -> totals.add(shown(v, format)));
        totals.add(shown(report.grandTotal(), format));
        List<String> columns = report.columnLabels().stream().map(c -> label(c, m)).toList();
        String corner = LegalLabels.dimension(report.request().rows(), m) + " \u00d7 "
                + LegalLabels.dimension(report.request().columns(), m);
        return new ReportTable(corner, columns, rows, new ReportTable.Row(m.total(), totals),
                m.report_issued(report.reportId().toString(), report.suppressed()));
    }

    private static String label(String category, LegalMessages m) {
        return ReportDimension.NOT_RECORDED.equals(category) ? m.not_recorded() : category;
    }

    private static String shown(Long value, ConsoleFormat format) {
        return value == null ? AdvocacyReport.SUPPRESSED : format.number(value);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ConsoleErrors.forbidden(pages);
    }

    @ServerExceptionMapper
    public Response refused(Refusal refusal) {
        return ConsoleErrors.refused(pages, refusal);
    }
}
