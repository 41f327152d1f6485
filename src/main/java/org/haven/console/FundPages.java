package org.haven.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.haven.fund.ChangeFund;
import org.haven.fund.CreateFund;
import org.haven.fund.FundStatus;
import org.haven.fund.FundView;
import org.haven.shared.money.Money;

/**
 * What the funds pages show, in the reader's language, and their forms read into the API's commands
 * ({@link CreateFund}, {@link ChangeFund}). Only the edge is here: a value that is not an amount or a date
 * is marked next to its field; every rule stays with the commands' Bean Validation and {@code Fund}.
 */
final class FundPages {

    /** The fields of both forms, in the order of the page (the API's JSON paths). */
    static final List<String> FIELDS = List.of("name", "donor", "totalBudget.amount", "totalBudget.currency",
            "periodStart", "periodEnd", "status");

    /** One fund in the list and on its page, every figure written for the reader. */
    public record Row(String id, String name, String donor, String currency, String budget, String committed,
            String disbursed, String available, String period, String status, boolean active, String updated) {
    }

    /** The list, and whether this reader may create and change funds. */
    public record ListPage(List<Row> rows, boolean canChange) {
    }

    /** A fund's page: its figures, and whether this reader may change it. */
    public record FundPage(Row fund, long version, boolean canChange, List<CasePage.Choice> statuses) {
    }

    private FundPages() {
    }

    static Row row(FundView f, ConsoleFormat format, FundMessages m) {
        return new Row(f.id().toString(), f.name(), f.donor(), f.currency(), format.money(f.totalBudget()),
                format.money(f.committed()), format.money(f.disbursed()), format.money(f.available()),
                m.period(GrantPageForms.date(f.periodStart(), format.language()),
                        GrantPageForms.date(f.periodEnd(), format.language())),
                status(f.status(), m), f.status() == FundStatus.ACTIVE, format.dateTime(f.updatedAt()));
    }

    static String status(FundStatus status, FundMessages m) {
        return switch (status) {
            case ACTIVE -> m.status_active();
            case CLOSED -> m.status_closed();
        };
    }

    static List<CasePage.Choice> statuses(FundMessages m) {
        return CaseLabels.choices(FundStatus.class, s -> status(s, m));
    }

    static CreateFund create(GrantPageForms values) {
        String currency = values.text("totalBudget.currency");
        return new CreateFund(values.text("name"), values.text("donor"),
                new Money(values.decimal("totalBudget.amount"),
                        currency == null ? null : currency.toUpperCase(Locale.ROOT)),
                values.date("periodStart"), values.date("periodEnd"));
    }

    /** The change form has no currency: a fund's currency never changes, so the command carries the current one. */
    static ChangeFund change(GrantPageForms values, String currency) {
        return new ChangeFund(values.text("name"), values.text("donor"),
                new Money(values.decimal("totalBudget.amount"), currency), values.date("periodStart"),
                values.date("periodEnd"), values.choice("status", FundStatus.class));
    }

    /** The change form filled from the fund as it is now, at its current version. */
    static ConsoleForm edit(FundView f) {
        return ConsoleForm.empty().with("name", f.name()).with("donor", f.donor())
                .with("totalBudget.amount", f.totalBudget().amount().toPlainString())
                .with("periodStart", date(f.periodStart())).with("periodEnd", date(f.periodEnd()))
                .with("status", f.status().name()).with("version", Long.toString(f.version()));
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** Names the fields in the summary of problems. */
    static ConsoleForm labelled(ConsoleForm form, FundMessages m) {
        FIELDS.forEach(field -> form.label(field, labelOf(field, m)));
        return form;
    }

    /** What the reader had typed into a change that someone else's change overtook, to decide again on what is there now. */
    static List<CasePage.Typed> typed(ConsoleForm form, FundMessages m) {
        List<CasePage.Typed> typed = new ArrayList<>();
        for (String field : FIELDS) {
            String value = form.value(field);
            if (value != null) {
                typed.add(new CasePage.Typed(labelOf(field, m), field.equals("status") ? statusOf(value, m) : value));
            }
        }
        return typed;
    }

    private static String statusOf(String value, FundMessages m) {
        for (FundStatus status : FundStatus.values()) {
            if (status.name().equalsIgnoreCase(value)) {
                return status(status, m);
            }
        }
        return value;
    }

    private static String labelOf(String field, FundMessages m) {
        return switch (field) {
            case "name" -> m.name_label();
            case "donor" -> m.donor_label();
            case "totalBudget.amount" -> m.budget_label();
            case "totalBudget.currency" -> m.currency_label();
            case "periodStart" -> m.period_start_label();
            case "periodEnd" -> m.period_end_label();
            default -> m.col_status();
        };
    }
}
